package io.mistral4j.impl.http;

import io.mistral4j.errors.ValidationException;
import java.nio.charset.StandardCharsets;

/** Checks and percent-encodes ids that go into a URL path, such as file, job and model ids. */
public final class PathSegments {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    /**
     * The id encoded as one path segment; a null or blank id, or {@code .} or {@code ..} (which
     * every URL parser reads as "this" or "the parent" path, so that {@code /v1/files/..} would
     * reach another endpoint), is a {@link ValidationException} naming {@code field}. Unreserved
     * characters and {@code :} (fine-tuned model ids) stay as they are; everything else,
     * {@code /} included, is percent-encoded.
     */
    public static String encode(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        if (id.equals(".") || id.equals("..")) {
            throw new ValidationException(field, "must not be '" + id + "': it would name another path, not an id");
        }
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
