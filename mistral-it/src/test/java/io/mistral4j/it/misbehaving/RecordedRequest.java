package io.mistral4j.it.misbehaving;

import java.util.Locale;
import java.util.Map;

/**
 * One request as the server read it, whole: the body is counted, not kept.
 *
 * @param method   the request method
 * @param path     the path and query as sent
 * @param headers  header names in lower case to their last value
 * @param bodySize bytes of body read (after de-chunking)
 */
record RecordedRequest(String method, String path, Map<String, String> headers, long bodySize) {

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
