package io.mistral4j.ocr;

import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.DocumentUrlChunk;
import io.mistral4j.chat.FileChunk;
import io.mistral4j.chat.ImageUrl;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.errors.ValidationException;
import java.util.Base64;

/**
 * The document to read: a document URL (a PDF, or any {@code data:} URI), an image URL or
 * {@code data:} URI, or the id of a file uploaded with purpose {@code ocr}. On the wire it is
 * the matching chat content chunk ({@code document_url}, {@code image_url} or {@code file}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param chunk a {@link DocumentUrlChunk}, {@link ImageUrlChunk} or {@link FileChunk}
 */
public record OcrDocument(ContentChunk chunk) {

    private static final int SHOWN_URL_CHARS = 64;

    /**
     * Accepts only a document URL, an image URL or a file chunk; anything else throws a
     * {@link ValidationException} naming {@code document}.
     */
    public OcrDocument {
        if (!(chunk instanceof DocumentUrlChunk || chunk instanceof ImageUrlChunk || chunk instanceof FileChunk)) {
            throw new ValidationException("document", "must be a document URL, an image URL or a file id, was "
                    + (chunk == null ? "null" : chunk.type()));
        }
    }

    /** A document at a URL, e.g. {@code https://arxiv.org/pdf/2201.04234}. */
    public static OcrDocument url(String documentUrl) {
        return url(documentUrl, null);
    }

    /** A document at a URL, with the file name to report. */
    public static OcrDocument url(String documentUrl, String documentName) {
        return new OcrDocument(new DocumentUrlChunk(required("documentUrl", documentUrl), documentName));
    }

    /** An image at a URL or in a {@code data:} URI. */
    public static OcrDocument image(String imageUrl) {
        return new OcrDocument(new ImageUrlChunk(new ImageUrl(required("imageUrl", imageUrl), null)));
    }

    /** An image given as bytes, sent inline as a base64 {@code data:} URI. */
    public static OcrDocument image(byte[] image, String mimeType) {
        if (image == null) {
            throw new ValidationException("image", "must not be null");
        }
        return image(dataUri(required("mimeType", mimeType), image));
    }

    /** A PDF given as bytes, sent inline as a base64 {@code data:application/pdf} URI. */
    public static OcrDocument base64Pdf(byte[] pdf) {
        if (pdf == null) {
            throw new ValidationException("pdf", "must not be null");
        }
        return url(dataUri("application/pdf", pdf));
    }

    /** A PDF already encoded in base64, sent inline as a {@code data:application/pdf} URI. */
    public static OcrDocument base64Pdf(String base64) {
        return url("data:application/pdf;base64," + required("base64", base64));
    }

    /** A file uploaded with purpose {@code ocr}, by its id. */
    public static OcrDocument fileId(String fileId) {
        return new OcrDocument(new FileChunk(required("fileId", fileId)));
    }

    /** The document's URL or data URI, or null for a file id. */
    public String url() {
        if (chunk instanceof DocumentUrlChunk document) {
            return document.documentUrl();
        }
        if (chunk instanceof ImageUrlChunk image) {
            return image.imageUrl().url();
        }
        return null;
    }

    /** Inline data is summarised: a PDF of several megabytes does not belong in a log line. */
    @Override
    public String toString() {
        if (chunk instanceof FileChunk file) {
            return "OcrDocument{file=" + file.fileId() + '}';
        }
        String url = url();
        String shown = url.length() <= SHOWN_URL_CHARS ? url
                : url.substring(0, SHOWN_URL_CHARS) + "...(" + url.length() + " chars)";
        return "OcrDocument{" + chunk.type() + '=' + shown + '}';
    }

    private static String dataUri(String mimeType, byte[] bytes) {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return value;
    }
}
