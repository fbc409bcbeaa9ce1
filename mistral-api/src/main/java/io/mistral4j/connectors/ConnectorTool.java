package io.mistral4j.connectors;

import java.time.Instant;
import java.util.Map;

/**
 * A tool of a connector as the platform stores it.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id              its id
 * @param name            its name
 * @param description     its description
 * @param systemPrompt    its system prompt, or null
 * @param locale          its texts by language, or null
 * @param jsonschema      its input schema, or null
 * @param executionConfig how it runs (a {@code type} and its settings), or null
 * @param visibility      who sees it
 * @param createdAt       when it was created
 * @param modifiedAt      when it last changed
 * @param active          whether it is active, or null
 */
public record ConnectorTool(String id, String name, String description, String systemPrompt, LocalizedText locale, Map<String, Object> jsonschema, Map<String, Object> executionConfig, ConnectorVisibility visibility, Instant createdAt, Instant modifiedAt, Boolean active) {

}
