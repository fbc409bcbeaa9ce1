package io.mistral4j.files;

import io.mistral4j.errors.ValidationException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A file to upload ({@code POST /v1/files}, multipart): its content, purpose, expiry and
 * visibility. The content is streamed, never loaded whole into memory.
 *
 * <pre>{@code
 * FileInfo file = client.files().upload(FileUploadRequest.builder()
 *         .file(Path.of("train.jsonl"))
 *         .purpose(FilePurpose.FINE_TUNE)
 *         .build());
 * }</pre>
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param file       the content and its name
 * @param purpose    what the file is for, or null for the server's default
 * @param expiry     the {@code expiry} form field as the API defines it, or null
 * @param visibility who can see the file, or null for the server's default ({@code workspace})
 */
public record FileUploadRequest(UploadContent file, FilePurpose purpose, Integer expiry, FileVisibility visibility) {

    /** A builder with nothing set; only the file is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link FileUploadRequest}; the file is required. */
    public static final class Builder {
        private UploadContent file;
        private FilePurpose purpose;
        private Integer expiry;
        private FileVisibility visibility;

        private Builder() {
        }

        /** A file on disk, uploaded under its own name. */
        public Builder file(Path path) {
            if (path == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(path));
        }

        /** A file on disk, uploaded under another name. */
        public Builder file(Path path, String filename) {
            if (path == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(path, filename));
        }

        /** A stream of unknown length, sent chunked and read once. */
        public Builder file(InputStream stream, String filename) {
            if (stream == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(stream, filename));
        }

        /** A stream of known length, read once. */
        public Builder file(InputStream stream, String filename, long size) {
            if (stream == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(stream, filename, size));
        }

        /** The content and the name to upload it under (required). */
        public Builder file(UploadContent content) {
            this.file = content;
            return this;
        }

        /**
         * What the file is for ({@code fine-tune}, {@code batch}, {@code ocr}); unset for the server's
         * default.
         */
        public Builder purpose(FilePurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * The {@code expiry} form field, 0 or more, as the server interprets it (the spec gives no unit);
         * unset sends none, so the server's default applies.
         */
        public Builder expiry(int expiry) {
            this.expiry = expiry;
            return this;
        }

        /** Who can see the file; unset for the server's default ({@code workspace}). */
        public Builder visibility(FileVisibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** Validates; a file path that does not exist or cannot be read fails here, before any byte is sent. */
        public FileUploadRequest build() {
            if (file == null) {
                throw new ValidationException("file", "is required");
            }
            if (file instanceof UploadContent.FromPath path) {
                path.requireReadable();
            }
            if (expiry != null && expiry < 0) {
                throw new ValidationException("expiry", "must be 0 or more, was " + expiry);
            }
            return new FileUploadRequest(file, purpose, expiry, visibility);
        }
    }
}
