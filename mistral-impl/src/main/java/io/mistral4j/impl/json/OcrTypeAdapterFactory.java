package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.ocr.OcrDocument;

/** Adapters of the OCR types that are not plain records. */
final class OcrTypeAdapterFactory implements TypeAdapterFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() == OcrDocument.class) {
            return (TypeAdapter<T>) new OcrDocumentAdapter(gson.getAdapter(ContentChunk.class)).nullSafe();
        }
        return null;
    }
}
