package io.mistral4j.connectors;

import java.util.List;

/**
 * What a connector's tool answered.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param content  the content blocks
 * @param metadata the result's metadata, or null
 */
public record ToolCallResult(List<ToolContent> content, ToolCallMetadata metadata) {

    /** A missing content becomes empty. */
    public ToolCallResult {
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** The text of every text block, joined by newlines. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (ToolContent block : content) {
            if (block instanceof ToolContent.Text t && t.text() != null) {
                text.append(text.length() == 0 ? "" : "\n").append(t.text());
            }
        }
        return text.toString();
    }
}
