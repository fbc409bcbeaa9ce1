package io.mistral4j.tck.simulator.routes.ocr;

import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Reply;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document of an OCR request as the simulator sees it: its name, whether it is an image,
 * how many pages it has and its size. Inline {@code data:} URIs are decoded (a PDF's pages are
 * counted from its {@code /Type /Page} objects); documents given by URL or file id get a page
 * count and size derived from the URL or id, so the same document always reads the same.
 *
 * @param error the 400 answer when an inline document cannot be decoded, else null
 */
public record OcrSource(String name, boolean image, int pageCount, long sizeBytes, Reply error) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    static OcrSource of(JsonObject document) {
        String fileId = Json.string(document, "file_id");
        if (fileId != null) {
            return derived(fileId, "file " + fileId, false);
        }
        String documentUrl = Json.string(document, "document_url");
        if (documentUrl != null) {
            String name = Json.string(document, "document_name");
            return documentUrl.startsWith("data:") ? inline(documentUrl, name == null ? "document" : name)
                    : derived(documentUrl, name == null ? lastSegment(documentUrl) : name, false);
        }
        JsonElement imageUrl = document.get("image_url");
        String url = Json.isString(imageUrl) ? imageUrl.getAsString() : Json.string(imageUrl.getAsJsonObject(), "url");
        return url.startsWith("data:") ? inline(url, "image") : derived(url, lastSegment(url), true);
    }

    private static OcrSource derived(String key, String name, boolean image) {
        int hash = key.hashCode();
        int pages = image ? 1 : 2 + Math.floorMod(hash, 4);
        return new OcrSource(name, image, pages, 40_000 + Math.floorMod(hash, 460_000), null);
    }

    private static OcrSource inline(String dataUri, String name) {
        int comma = dataUri.indexOf(',');
        String header = comma < 0 ? "" : dataUri.substring(5, comma);
        if (comma < 0 || !header.endsWith(";base64")) {
            return failed("The document must be a base64 data URI (data:<type>;base64,<data>)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(WHITESPACE.matcher(dataUri.substring(comma + 1)).replaceAll(""));
        } catch (IllegalArgumentException e) {
            return failed("The document's base64 data is invalid: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return failed("The document is empty");
        }
        boolean image = header.startsWith("image/");
        int pages = image ? 1 : Math.max(1, count(PDF_PAGE, new String(bytes, StandardCharsets.ISO_8859_1)));
        return new OcrSource(name, image, pages, bytes.length, null);
    }

    private static OcrSource failed(String message) {
        return new OcrSource(null, false, 0, 0, ApiErrors.badRequest(message));
    }

    private static String lastSegment(String url) {
        try {
            String path = URI.create(url).getPath();
            if (path != null) {
                String[] segments = path.split("/");
                if (segments.length > 0 && !segments[segments.length - 1].isBlank()) {
                    return segments[segments.length - 1];
                }
            }
        } catch (IllegalArgumentException e) {
            // Not a URI; name it after the text itself.
        }
        return url.length() > 40 ? url.substring(0, 40) : url;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
