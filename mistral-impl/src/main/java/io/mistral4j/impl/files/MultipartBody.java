package io.mistral4j.impl.files;

import io.mistral4j.Headers;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.UploadContent;
import io.mistral4j.impl.body.ExactLengthInputStream;
import io.mistral4j.spi.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@code multipart/form-data} body of text fields followed by one file (or none), streamed: its
 * stream is the fields and the file part's headers (the preamble), then the file's own
 * stream, then the closing boundary (the epilogue). Nothing of the file is buffered here, so
 * an upload of any size passes through constant memory. The length is known, and sent, when
 * the file's size is.
 */
public final class MultipartBody implements RequestBody {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "jsonl", "application/jsonl",
            "json", "application/json",
            "pdf", "application/pdf",
            "txt", "text/plain",
            "csv", "text/csv",
            "wav", "audio/wav",
            "mp3", "audio/mpeg",
            "flac", "audio/flac",
            "ogg", "audio/ogg",
            "m4a", "audio/mp4");

    private final String boundary;
    private final byte[] preamble;
    private final byte[] epilogue;
    private final UploadContent file;
    private final long fileSize;
    private final AtomicBoolean streamOpened = new AtomicBoolean();

    /**
     * The size of an upload's content, checked again at send time: a file on disk may have gone
     * since its request was built. Fails with a {@link ValidationException} naming {@code file}.
     */
    public static long checkedSize(UploadContent file) {
        if (file instanceof UploadContent.FromPath path) {
            path.requireReadable();
        }
        long size = file.size();
        if (file instanceof UploadContent.FromPath path && size < 0) {
            throw new ValidationException("file", "cannot be read: " + path.path());
        }
        return size;
    }

    /**
     * @param fields    text fields in order
     * @param fileField the name of the file part, e.g. {@code file}
     * @param file     the file's content
     * @param fileSize its size in bytes, or -1 when unknown
     */
    public MultipartBody(Map<String, String> fields, String fileField, UploadContent file, long fileSize) {
        this(randomBoundary(), List.copyOf(fields.entrySet()), fileField, file, fileSize);
    }

    /**
     * A body whose text fields may repeat a name (a list sent one part per value), followed by
     * one file or, when {@code file} is null, by none.
     *
     * @param fields    text fields in order, a name possibly more than once
     * @param fileField the name of the file part, e.g. {@code file}
     * @param file      the file's content, or null for a body of fields only
     * @param fileSize  its size in bytes, or -1 when unknown
     */
    public MultipartBody(List<Map.Entry<String, String>> fields, String fileField, UploadContent file,
                         long fileSize) {
        this(randomBoundary(), fields, fileField, file, fileSize);
    }

    MultipartBody(String boundary, Map<String, String> fields, String fileField, UploadContent file, long fileSize) {
        this(boundary, List.copyOf(fields.entrySet()), fileField, file, fileSize);
    }

    MultipartBody(String boundary, List<Map.Entry<String, String>> fields, String fileField, UploadContent file,
                  long fileSize) {
        this.boundary = boundary;
        this.file = file;
        this.fileSize = file == null ? 0 : fileSize;
        this.preamble = preamble(boundary, fields, fileField, file);
        // Each field ends with its line break; a file's content does not, so its part needs one.
        this.epilogue = ((file == null ? "" : "\r\n") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public String boundary() {
        return boundary;
    }

    @Override
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    @Override
    public long contentLength() {
        return fileSize < 0 ? -1 : preamble.length + fileSize + epilogue.length;
    }

    @Override
    public InputStream openStream() throws IOException {
        InputStream content = file == null ? InputStream.nullInputStream() : openFile();
        List<InputStream> parts = List.of(new ByteArrayInputStream(preamble), content,
                new ByteArrayInputStream(epilogue));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    @Override
    public boolean isRepeatable() {
        return file == null || file.isRepeatable();
    }

    private InputStream openFile() throws IOException {
        InputStream content;
        if (file instanceof UploadContent.FromPath path) {
            content = Files.newInputStream(path.path());
        } else if (file instanceof UploadContent.FromBytes bytes) {
            content = new ByteArrayInputStream(bytes.bytes());
        } else {
            if (!streamOpened.compareAndSet(false, true)) {
                throw new IOException("the upload stream of " + file.filename() + " was already read; a stream "
                        + "upload cannot be sent twice");
            }
            content = ((UploadContent.FromStream) file).stream();
        }
        return fileSize < 0 ? content : new ExactLengthInputStream(content, fileSize, file.filename());
    }

    /**
     * Field names and values, the file field's name, the file name and its media type are
     * checked first: a control character (tab aside) in any of them could end a part's header
     * or forge another, so it is a {@link io.mistral4j.errors.ValidationException} naming it.
     */
    private static byte[] preamble(String boundary, List<Map.Entry<String, String>> fields, String fileField,
                                   UploadContent file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (Map.Entry<String, String> field : fields) {
            String name = field.getKey();
            Headers.checkText("multipart field name", name);
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n\r\n");
            write(out, Headers.checkText(name, field.getValue()) + "\r\n");
        }
        if (file == null) {
            return out.toByteArray();
        }
        Headers.checkText("multipart field name", fileField);
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"" + quote(fileField) + "\"; filename=\""
                + quote(Headers.checkText("filename", file.filename())) + "\"\r\n");
        write(out, "Content-Type: " + Headers.checkValue("contentType", mediaType(file)) + "\r\n\r\n");
        return out.toByteArray();
    }

    /** The file part's media type: the one given, else one derived from the name. */
    static String mediaType(UploadContent file) {
        if (file.contentType() != null && !file.contentType().isBlank()) {
            return file.contentType();
        }
        String name = file.filename();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String known = MEDIA_TYPES.get(extension);
        if (known != null) {
            return known;
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed != null ? guessed : "application/octet-stream";
    }

    /** Quotes inside a quoted header parameter are percent-encoded, as browsers do. */
    private static String quote(String value) {
        return value.replace("\"", "%22");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomBoundary() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder out = new StringBuilder("mistral4j-");
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
