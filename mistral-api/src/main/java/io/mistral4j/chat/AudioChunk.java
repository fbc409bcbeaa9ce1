package io.mistral4j.chat;

import io.mistral4j.errors.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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

    /** Audio in memory (WAV, MP3, ...), base64 encoded here. */
    public static AudioChunk of(byte[] audio) {
        if (audio == null) {
            throw new ValidationException("inputAudio", "must not be null");
        }
        return new AudioChunk(Base64.getEncoder().encodeToString(audio));
    }

    /**
     * An audio file, base64 encoded as it is read (the encoded text is what the request holds; the
     * file's bytes are never all in memory at once).
     */
    public static AudioChunk of(Path audio) {
        if (audio == null) {
            throw new ValidationException("inputAudio", "must not be null");
        }
        StringBuilder encoded = new StringBuilder();
        Base64.Encoder encoder = Base64.getEncoder();
        // Whole groups of three bytes encode without padding, so pieces can be joined.
        byte[] buffer = new byte[3 * 16 * 1024];
        try (InputStream in = Files.newInputStream(audio)) {
            int filled;
            while ((filled = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                encoded.append(encoder.encodeToString(filled == buffer.length ? buffer
                        : java.util.Arrays.copyOf(buffer, filled)));
            }
        } catch (IOException e) {
            throw new ValidationException("inputAudio", "cannot be read: " + audio + " (" + e.getMessage() + ")");
        }
        return new AudioChunk(encoded.toString());
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** A short description: base64 audio can be megabytes, so only its length is shown. */
    @Override
    public String toString() {
        return inputAudio.length() > 256 ? "AudioChunk[" + inputAudio.length() + " base64 characters]"
                : "AudioChunk[inputAudio=" + inputAudio + "]";
    }
}
