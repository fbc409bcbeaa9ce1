package io.mistral4j.chat;

/**
 * A message of a conversation, one of four roles. On the wire the role is the discriminator:
 * {@code {"role":"user","content":...}}.
 */
public sealed interface Message permits SystemMessage, UserMessage, AssistantMessage, ToolMessage {

    /** {@code system}, {@code user}, {@code assistant} or {@code tool}. */
    String role();

    /** The content, or null where the role allows none (an assistant message with tool calls). */
    Content content();

    /** A system message with plain text. */
    static SystemMessage system(String text) {
        return SystemMessage.of(text);
    }

    /** A user message with plain text. */
    static UserMessage user(String text) {
        return UserMessage.of(text);
    }

    /** An assistant message with plain text. */
    static AssistantMessage assistant(String text) {
        return AssistantMessage.of(text);
    }

    /** The result of the tool call with this id. */
    static ToolMessage tool(String toolCallId, String result) {
        return ToolMessage.of(toolCallId, result);
    }
}
