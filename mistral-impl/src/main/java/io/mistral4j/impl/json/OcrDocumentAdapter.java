package io.mistral4j.impl.json;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.ocr.OcrDocument;
import java.io.IOException;

/** An OCR document is, on the wire, exactly its content chunk ({@code document_url}, {@code image_url} or {@code file}). */
final class OcrDocumentAdapter extends TypeAdapter<OcrDocument> {

    private final TypeAdapter<ContentChunk> chunks;

    OcrDocumentAdapter(TypeAdapter<ContentChunk> chunks) {
        this.chunks = chunks;
    }

    @Override
    public void write(JsonWriter out, OcrDocument value) throws IOException {
        chunks.write(out, value.chunk());
    }

    @Override
    public OcrDocument read(JsonReader in) throws IOException {
        return new OcrDocument(chunks.read(in));
    }
}
