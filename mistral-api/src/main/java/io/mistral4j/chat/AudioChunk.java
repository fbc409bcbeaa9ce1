package io.mistral4j.chat;

import java.util.List;
import java.util.Objects;

/**
 * Audio input, base64 encoded or by URL.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record AudioChunk(String inputAudio) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "input_audio";

    /** Rejects null input audio. */
    public AudioChunk {
        Objects.requireNonNull(inputAudio, "inputAudio");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
