package io.mistral4j.transport.netty;

import java.util.Locale;

/** What Netty's HTTP/2-to-HTTP/1.1 translation adds to an answer's head, which the server never sent. */
final class Http2Translation {

    private Http2Translation() {
    }

    /**
     * True for the {@code x-http2-*} extension headers and for {@code transfer-encoding} (which
     * HTTP/2 forbids, so only the translation puts it there).
     */
    static boolean isSynthetic(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-http2-") || lower.equals("transfer-encoding");
    }
}
