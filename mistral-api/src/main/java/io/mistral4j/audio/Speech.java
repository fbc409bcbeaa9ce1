package io.mistral4j.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Spoken audio as the plain speech call answers it: the whole audio, base64 encoded.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param audioData the audio in the requested format, base64 encoded
 */
public record Speech(String audioData) {

    /** The audio decoded. */
    public byte[] bytes() {
        return audioData == null ? new byte[0] : Base64.getDecoder().decode(audioData);
    }

    /** Writes the decoded audio to {@code target} (left open) and returns the bytes written. */
    public long writeTo(OutputStream target) {
        byte[] audio = bytes();
        try {
            target.write(audio);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the speech audio", e);
        }
        return audio.length;
    }

    /** A short description; the audio itself is left out. */
    @Override
    public String toString() {
        return "Speech[" + (audioData == null ? 0 : audioData.length()) + " base64 characters]";
    }
}
