package io.mistral4j.files;

import io.mistral4j.Headers;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file's content as it arrives from the server ({@code GET /v1/files/{file_id}/content}),
 * read as a stream so that files of any size pass through constant memory. Close it
 * (try-with-resources) to release the connection, also when not reading to the end.
 */
public interface FileDownload extends AutoCloseable {

    /** The content; read it once. */
    InputStream body();

    /** The length the server announced, if any. */
    OptionalLong contentLength();

    /** The media type the server announced, if any. */
    Optional<String> contentType();

    /** The file name from {@code Content-Disposition}, if the server sent one. */
    Optional<String> filename();

    /** The response headers (request id included). */
    Headers headers();

    /** Copies the rest of the content to {@code target} (left open) and returns the bytes copied. */
    long transferTo(OutputStream target);

    /** Writes the rest of the content to a new file (replacing an existing one) and returns the bytes written. */
    long saveTo(Path target);

    @Override
    void close();
}
