package io.mistral4j.connectors;

import java.util.Map;

/**
 * The contents of an embedded resource: text or a base64 blob.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param uri      the resource's URI
 * @param mimeType its media type, or null
 * @param text     its text, or null for a blob
 * @param blob     its bytes in base64, or null for text
 * @param meta     its {@code _meta} data, or null
 */
public record ResourceContents(String uri, String mimeType, String text, String blob, Map<String, Object> meta) {

}
