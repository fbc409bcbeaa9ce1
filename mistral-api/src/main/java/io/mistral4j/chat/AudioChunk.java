package io.mistral4j.chat;

import io.mistral4j.errors.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Audio input: base64 text or a URL as given, audio bytes in memory, or an audio file. Audio
 * bytes and files are base64 encoded by the client while it writes the request body, so a
 * request holding a large file never holds its encoding in memory, and a retry reads the file
 * again.
 *
 * <p>Two chunks are equal when they send the same text: base64 given as text equals the same
 * audio given as bytes. A file's chunk is equal to another chunk of the same path only, since
 * the file is read when the request is sent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record AudioChunk(Source source) implements ContentChunk {

    /** The wire {@code type} of this chunk, {@value}. */
    public static final String TYPE = "input_audio";

    /** Rejects a null source. */
    public AudioChunk {
        Objects.requireNonNull(source, "source");
    }

    /** Base64-encoded audio or a URL, sent as given. */
    public AudioChunk(String inputAudio) {
        this(new Encoded(inputAudio));
    }

    /**
     * Audio in memory (WAV, MP3, ...), base64 encoded when the request is written. The array is
     * not copied, so large audio is not held twice: do not modify it afterwards.
     */
    public static AudioChunk of(byte[] audio) {
        if (audio == null) {
            throw new ValidationException("inputAudio", "must not be null");
        }
        return new AudioChunk(new InMemory(audio));
    }

    /**
     * An audio file, read and base64 encoded while the request body is written (again for each
     * retry); it must be a readable regular file now and when the request is sent.
     */
    public static AudioChunk of(Path audio) {
        if (audio == null) {
            throw new ValidationException("inputAudio", "must not be null");
        }
        AudioFile file = new AudioFile(audio);
        file.requireReadable();
        return new AudioChunk(file);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * The text sent as {@code input_audio}: base64 audio or a URL. Audio bytes are encoded on
     * each call and a file is read whole and encoded, so prefer not to call this on large audio.
     */
    public String inputAudio() {
        return source.text();
    }

    /** Equal when both send the same text; a file's chunk only to a chunk of the same path. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AudioChunk that)) {
            return false;
        }
        if (source instanceof AudioFile || that.source instanceof AudioFile) {
            return source.equals(that.source);
        }
        if (source instanceof InMemory mine && that.source instanceof InMemory theirs) {
            return Arrays.equals(mine.audio, theirs.audio);
        }
        return source.length() == that.source.length() && source.text().equals(that.source.text());
    }

    /** The hash of the text sent (a file's chunk: of its path), computed without encoding it whole. */
    @Override
    public int hashCode() {
        if (source instanceof InMemory bytes) {
            return Base64Text.hash(bytes.audio);
        }
        return source instanceof Encoded encoded ? encoded.text.hashCode() : source.hashCode();
    }

    /** A short description: base64 audio can be megabytes, so only its size is shown. */
    @Override
    public String toString() {
        return "AudioChunk[" + source + "]";
    }

    /** Where a chunk's audio comes from. */
    public sealed interface Source permits Encoded, InMemory, AudioFile {

        /** The text sent: base64 or a URL. */
        String text();

        /** The number of characters of {@link #text()}, known without encoding. */
        long length();
    }

    /**
     * Base64 text or a URL, sent as given.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param text the base64 audio or URL
     */
    public record Encoded(String text) implements Source {

        /** Rejects null text. */
        public Encoded {
            Objects.requireNonNull(text, "inputAudio");
        }

        @Override
        public long length() {
            return text.length();
        }

        /** Short text in full; longer text by its length only. */
        @Override
        public String toString() {
            return text.length() > 256 ? text.length() + " base64 characters" : "inputAudio=" + text;
        }
    }

    /**
     * Audio bytes in memory, base64 encoded when sent.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param audio the audio bytes; callers must not modify them
     */
    public record InMemory(byte[] audio) implements Source {

        /** Rejects null audio. */
        public InMemory {
            Objects.requireNonNull(audio, "inputAudio");
        }

        @Override
        public String text() {
            return Base64.getEncoder().encodeToString(audio);
        }

        @Override
        public long length() {
            return Base64Text.length(audio.length);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InMemory that && Arrays.equals(audio, that.audio);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(audio);
        }

        @Override
        public String toString() {
            return audio.length + " bytes";
        }
    }

    /**
     * An audio file, read when the request is sent.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param path the file
     */
    public record AudioFile(Path path) implements Source {

        /** Rejects a null path. */
        public AudioFile {
            Objects.requireNonNull(path, "inputAudio");
        }

        /** Reads the whole file and encodes it. */
        @Override
        public String text() {
            requireReadable();
            try (InputStream in = Files.newInputStream(path)) {
                return Base64.getEncoder().encodeToString(in.readAllBytes());
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        /** The length of the file's encoding, from its size now. */
        @Override
        public long length() {
            return Base64Text.length(size());
        }

        /** The file's size now; fails with a {@link ValidationException} naming {@code inputAudio}. */
        public long size() {
            requireReadable();
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        /** Fails with a {@link ValidationException} naming {@code inputAudio} unless the file can be read. */
        public void requireReadable() {
            if (!Files.isRegularFile(path)) {
                throw new ValidationException("inputAudio", "is not a regular file: " + path);
            }
            if (!Files.isReadable(path)) {
                throw new ValidationException("inputAudio", "cannot be read: " + path);
            }
        }

        private ValidationException unreadable(IOException e) {
            return new ValidationException("inputAudio", "cannot be read: " + path + " (" + e.getMessage() + ")");
        }

        @Override
        public String toString() {
            return "file=" + path;
        }
    }

    /** Sizes and hashes of base64 text, computed without building it. */
    private static final class Base64Text {

        /** Whole groups of three bytes encode without padding, so blocks can be encoded one by one. */
        private static final int BLOCK = 3 * 1024;

        private Base64Text() {
        }

        /** The length of the padded encoding of {@code size} bytes. */
        static long length(long size) {
            return (size + 2) / 3 * 4;
        }

        /** What {@code String.hashCode()} of the encoding of {@code audio} is. */
        static int hash(byte[] audio) {
            Base64.Encoder encoder = Base64.getEncoder();
            int hash = 0;
            for (int from = 0; from < audio.length; from += BLOCK) {
                byte[] encoded = encoder.encode(Arrays.copyOfRange(audio, from, Math.min(audio.length, from + BLOCK)));
                for (byte character : encoded) {
                    hash = 31 * hash + character;
                }
            }
            return hash;
        }
    }
}
