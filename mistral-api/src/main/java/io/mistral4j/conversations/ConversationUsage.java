package io.mistral4j.conversations;

import io.mistral4j.chat.Usage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens a conversation answer used, connectors' tokens apart.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param promptTokens     tokens read
 * @param completionTokens tokens written
 * @param totalTokens      their sum
 * @param connectorTokens  tokens used by connectors, or null
 * @param connectors       tokens per connector, as plain Java values; empty when not sent
 */
public record ConversationUsage(int promptTokens, int completionTokens, int totalTokens, Integer connectorTokens,
                                Map<String, Object> connectors) {

    /** Copies the connectors; a missing map becomes empty. */
    public ConversationUsage {
        connectors = connectors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(connectors));
    }

    /** These counts as the chat {@link Usage} that observers and budgets count. */
    public Usage toUsage() {
        return new Usage(promptTokens, completionTokens, totalTokens, null, null, null, null);
    }
}
