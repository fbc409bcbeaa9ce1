package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.UploadContent;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A document to upload to a library ({@code POST /v1/libraries/{library_id}/documents},
 * multipart). The content is streamed, never loaded whole into memory.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param file the content and its name
 */
public record DocumentUploadRequest(UploadContent file) {

    /** The upload of a file on disk under its own name. */
    public static DocumentUploadRequest of(Path path) {
        return builder().file(path).build();
    }

    /** A builder with nothing set; the file is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link DocumentUploadRequest}. */
    public static final class Builder {
        private UploadContent file;

        private Builder() {
        }

        /** A file on disk, uploaded under its own name. */
        public Builder file(Path path) {
            if (path == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(path));
        }

        /**
         * The content and the name to upload it under (required): a file, or a stream read once
         * ({@link UploadContent#of(InputStream, String)}, sent chunked when its length is unknown).
         */
        public Builder file(UploadContent content) {
            this.file = content;
            return this;
        }

        /** Validates; a file path that does not exist or cannot be read fails here, before any byte is sent. */
        public DocumentUploadRequest build() {
            if (file == null) {
                throw new ValidationException("file", "is required");
            }
            if (file instanceof UploadContent.FromPath path) {
                path.requireReadable();
            }
            return new DocumentUploadRequest(file);
        }
    }
}
