package io.mistral4j.files;

import io.mistral4j.Headers;
import io.mistral4j.errors.ValidationException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of a file to upload and the name to upload them under. Content is streamed to the
 * server as it is read, never loaded whole into memory; a file's size is sent as the length
 * when known, so the upload is not chunked. The file name and content type go into the
 * multipart header of the file: control characters other than tab are refused in them with a
 * {@link ValidationException} (see {@link Headers#checkText}).
 */
public sealed interface UploadContent permits UploadContent.FromPath, UploadContent.FromStream,
        UploadContent.FromBytes {

    /** The name the server records, e.g. {@code train.jsonl}. */
    String filename();

    /** The size in bytes, or -1 when unknown. */
    long size();

    /** The media type of the file part, or null to derive it from the file name. */
    String contentType();

    /** Whether the content can be read again (for a retry). */
    boolean isRepeatable();

    /** A file on disk, uploaded under its own name. */
    static FromPath of(Path path) {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        return of(path, name == null ? path.toString() : name.toString());
    }

    /** A file on disk, uploaded under {@code filename}. */
    static FromPath of(Path path, String filename) {
        return new FromPath(path, filename, null);
    }

    /** A stream of unknown length, read once (the upload cannot be retried). */
    static FromStream of(InputStream stream, String filename) {
        return new FromStream(stream, filename, -1, null);
    }

    /** A stream of {@code size} bytes, read once (the upload cannot be retried). */
    static FromStream of(InputStream stream, String filename, long size) {
        return new FromStream(stream, filename, size, null);
    }

    /** Bytes already in memory. */
    static FromBytes of(byte[] bytes, String filename) {
        return new FromBytes(bytes, filename, null);
    }

    /**
     * A file on disk. Whether it exists and can be read is checked when the request is built and
     * again just before the upload starts.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param path        the file to read
     * @param filename    the name the server records
     * @param contentType the media type of the file part, or null to derive it from the name
     */
    record FromPath(Path path, String filename, String contentType) implements UploadContent {
        /**
         * Checks the path is not null and the name and type are safe in a multipart header; existence is
         * checked later.
         */
        public FromPath {
            Objects.requireNonNull(path, "path");
            requireName(filename);
            requireType(contentType);
        }

        /** The file's current size; -1 if it cannot be read. */
        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (java.io.IOException e) {
                return -1;
            }
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }

        /** The same file with an explicit media type. */
        public FromPath withContentType(String type) {
            return new FromPath(path, filename, type);
        }

        /** Throws a {@link ValidationException} unless the file is a readable regular file. */
        public void requireReadable() {
            if (!Files.exists(path)) {
                throw new ValidationException("file", "does not exist: " + path);
            }
            if (!Files.isRegularFile(path)) {
                throw new ValidationException("file", "is not a regular file: " + path);
            }
            if (!Files.isReadable(path)) {
                throw new ValidationException("file", "cannot be read: " + path);
            }
        }
    }

    /**
     * A stream read once; {@code size} is -1 when unknown.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param stream      the content, read once
     * @param filename    the name the server records
     * @param size        the number of bytes the stream holds, or -1 when unknown (sent chunked)
     * @param contentType the media type of the file part, or null to derive it from the name
     */
    record FromStream(InputStream stream, String filename, long size, String contentType) implements UploadContent {
        /**
         * Checks the stream is not null, the name and type are safe in a multipart header and the size is
         * -1 or more.
         */
        public FromStream {
            Objects.requireNonNull(stream, "stream");
            requireName(filename);
            requireType(contentType);
            if (size < -1) {
                throw new ValidationException("file", "size must be -1 (unknown) or more, was " + size);
            }
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        /** The same stream with an explicit media type; null derives it from the file name. */
        public FromStream withContentType(String type) {
            return new FromStream(stream, filename, size, type);
        }
    }

    /**
     * Bytes in memory; the array is not copied and must not change during the upload.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param bytes       the content
     * @param filename    the name the server records
     * @param contentType the media type of the file part, or null to derive it from the name
     */
    record FromBytes(byte[] bytes, String filename, String contentType) implements UploadContent {
        /** Checks the bytes are not null and the name and type are safe in a multipart header. */
        public FromBytes {
            Objects.requireNonNull(bytes, "bytes");
            requireName(filename);
            requireType(contentType);
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }

        /** The same bytes with an explicit media type; null derives it from the file name. */
        public FromBytes withContentType(String type) {
            return new FromBytes(bytes, filename, type);
        }

        @Override
        public String toString() {
            return "FromBytes[" + bytes.length + " bytes, filename=" + filename + ']';
        }
    }

    /** The name goes into the part's header: a control character would end or forge it. */
    private static void requireName(String filename) {
        if (filename == null || filename.isBlank()) {
            throw new ValidationException("filename", "is required");
        }
        Headers.checkText("filename", filename);
    }

    /** Null derives the type from the name; any other value goes into the part's header as it is. */
    private static void requireType(String contentType) {
        if (contentType != null) {
            Headers.checkValue("contentType", contentType);
        }
    }
}
