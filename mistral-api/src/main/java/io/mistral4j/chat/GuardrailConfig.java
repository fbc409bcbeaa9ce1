package io.mistral4j.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guardrail applied to the request: which moderation model checks it, with which category
 * thresholds and action (the configurations are kept as plain maps, as in JSON).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param blockOnError     answer 403 when the guardrail itself fails; null when not sent
 * @param moderationLlmV1  the {@code moderation_llm_v1} configuration, or null
 * @param moderationLlmV2  the {@code moderation_llm_v2} configuration, or null
 */
public record GuardrailConfig(Boolean blockOnError, Map<String, Object> moderationLlmV1,
                              Map<String, Object> moderationLlmV2) {

    /** Copies the configuration maps; null ones stay null and are not sent. */
    public GuardrailConfig {
        moderationLlmV1 = copy(moderationLlmV1);
        moderationLlmV2 = copy(moderationLlmV2);
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
