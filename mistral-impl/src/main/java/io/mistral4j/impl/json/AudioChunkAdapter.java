package io.mistral4j.impl.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.impl.body.Base64Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;

/**
 * An {@code input_audio} chunk: {@code {"type":"input_audio","input_audio":"<base64 or URL>"}}.
 * Audio from a file, or audio bytes past {@link #STREAMED_FROM} bytes, is left to be encoded
 * while the request body is sent when a {@link StreamedValues} collection is open.
 */
final class AudioChunkAdapter extends TypeAdapter<AudioChunk> {

    /** Smaller audio bytes are encoded into the JSON text at once: cheaper than a streamed body. */
    static final int STREAMED_FROM = 256 * 1024;

    @Override
    public void write(JsonWriter out, AudioChunk chunk) throws IOException {
        out.beginObject();
        out.name("type").value(AudioChunk.TYPE);
        out.name("input_audio");
        StreamedValues streamed = StreamedValues.current();
        Base64Value value = streamed == null ? null : streamable(chunk.source());
        out.value(value == null ? chunk.inputAudio() : streamed.defer(value));
        out.endObject();
    }

    /** The chunk's audio as a value to stream, or null when it is written whole. */
    private static Base64Value streamable(AudioChunk.Source source) {
        if (source instanceof AudioChunk.AudioFile file) {
            return new Base64Value(file.path().toString(), file.size(), () -> Files.newInputStream(file.path()));
        }
        if (source instanceof AudioChunk.InMemory bytes && bytes.audio().length >= STREAMED_FROM) {
            return new Base64Value("audio bytes", bytes.audio().length, () -> new ByteArrayInputStream(bytes.audio()));
        }
        return null;
    }

    @Override
    public AudioChunk read(JsonReader in) throws IOException {
        String inputAudio = null;
        in.beginObject();
        while (in.hasNext()) {
            if (in.nextName().equals("input_audio") && in.peek() == JsonToken.STRING) {
                inputAudio = in.nextString();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        if (inputAudio == null) {
            throw new JsonParseException("an input_audio chunk without its input_audio text");
        }
        return new AudioChunk(inputAudio);
    }
}
