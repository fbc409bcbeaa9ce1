package io.mistral4j.conversations;

import io.mistral4j.chat.Content;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a conversation, told apart by {@link #type()}: a message in or out, a function
 * call and its result, a built-in tool's execution, a handoff between agents. An entry of a type
 * this version does not know is kept as {@link Unknown} and sent back as it came.
 */
public sealed interface ConversationEntry permits ConversationEntry.MessageInput, ConversationEntry.MessageOutput,
        ConversationEntry.FunctionCall, ConversationEntry.FunctionResult, ConversationEntry.ToolExecution,
        ConversationEntry.AgentHandoff, ConversationEntry.Unknown {

    /** The entry's type as sent, e.g. {@code message.output}. */
    String type();

    /** The entry's id, or null for an entry not stored yet. */
    String id();

    /**
     * {@code message.input}: a message sent to the conversation.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id          the entry's id, null when sent
     * @param role        {@code user} or {@code assistant}
     * @param content     text or chunks
     * @param prefix      whether an assistant message is a prefix the answer continues, or null
     * @param createdAt   when it was stored, or null
     * @param completedAt when it was completed, or null
     */
    record MessageInput(String id, String role, Content content, Boolean prefix, Instant createdAt,
                        Instant completedAt) implements ConversationEntry {
        /** The tag of this entry. */
        public static final String TYPE = "message.input";

        /** A user message of plain text. */
        public static MessageInput user(String text) {
            return new MessageInput(null, "user", Content.of(Objects.requireNonNull(text, "text")), null, null, null);
        }

        /** A user message of chunks (text, images, documents). */
        public static MessageInput user(Content content) {
            return new MessageInput(null, "user", Objects.requireNonNull(content, "content"), null, null, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code message.output}: a message the agent or model answered.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id          the entry's id
     * @param role        {@code assistant}
     * @param content     text or chunks (text, tool references, images, documents)
     * @param agentId     the agent that answered, or null
     * @param model       the model that answered, or null
     * @param createdAt   when it was stored, or null
     * @param completedAt when it was completed, or null
     */
    record MessageOutput(String id, String role, Content content, String agentId, String model, Instant createdAt,
                         Instant completedAt) implements ConversationEntry {
        /** The tag of this entry. */
        public static final String TYPE = "message.output";

        @Override
        public String type() {
            return TYPE;
        }

        /** The visible text of the message (chunks' text joined), empty when there is none. */
        public String text() {
            return content == null ? "" : content.text();
        }
    }

    /**
     * {@code function.call}: the agent or model asks the caller to run a function and send back a
     * {@link FunctionResult}.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id                 the entry's id
     * @param toolCallId         the call's id, which the result names
     * @param name               the function's name
     * @param arguments          the arguments as a JSON object text (an object sent is read as its text)
     * @param confirmationStatus whether the call waits for a confirmation, or null
     * @param agentId            the agent that called, or null
     * @param model              the model that called, or null
     * @param createdAt          when it was stored, or null
     * @param completedAt        when it was completed, or null
     */
    record FunctionCall(String id, String toolCallId, String name, String arguments, String confirmationStatus,
                        String agentId, String model, Instant createdAt, Instant completedAt)
            implements ConversationEntry {
        /** The tag of this entry. */
        public static final String TYPE = "function.call";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code function.result}: what the caller's function answered to a {@link FunctionCall}.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field; build instances with {@link #of(FunctionCall, String)}.
     *
     * @param id          the entry's id, null when sent
     * @param toolCallId  the id of the call answered
     * @param result      the function's answer as text (often JSON)
     * @param createdAt   when it was stored, or null
     * @param completedAt when it was completed, or null
     */
    record FunctionResult(String id, String toolCallId, String result, Instant createdAt, Instant completedAt)
            implements ConversationEntry {
        /** The tag of this entry. */
        public static final String TYPE = "function.result";

        /** The result of {@code call}. */
        public static FunctionResult of(FunctionCall call, String result) {
            Objects.requireNonNull(call, "call");
            return of(call.toolCallId(), result);
        }

        /** The result of the call with this id. */
        public static FunctionResult of(String toolCallId, String result) {
            return new FunctionResult(null, Objects.requireNonNull(toolCallId, "toolCallId"),
                    Objects.requireNonNull(result, "result"), null, null);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code tool.execution}: a built-in tool (web search, code interpreter, image generation,
     * document library, connector) the server ran.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id          the entry's id
     * @param name        the tool, e.g. {@code web_search}
     * @param arguments   its arguments as text
     * @param info        what the tool reported, as plain Java values; empty when nothing
     * @param agentId     the agent that ran it, or null
     * @param model       the model that ran it, or null
     * @param createdAt   when it was stored, or null
     * @param completedAt when it was completed, or null
     */
    record ToolExecution(String id, String name, String arguments, Map<String, Object> info, String agentId,
                         String model, Instant createdAt, Instant completedAt) implements ConversationEntry {
        /** The tag of this entry. */
        public static final String TYPE = "tool.execution";

        /** Copies the info; a missing map becomes empty. */
        public ToolExecution {
            info = info == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(info));
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code agent.handoff}: one agent handed the conversation to another.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id                the entry's id
     * @param previousAgentId   the agent that handed off
     * @param previousAgentName its name
     * @param nextAgentId       the agent that took over
     * @param nextAgentName     its name
     * @param createdAt         when it was stored, or null
     * @param completedAt       when it was completed, or null
     */
    record AgentHandoff(String id, String previousAgentId, String previousAgentName, String nextAgentId,
                        String nextAgentName, Instant createdAt, Instant completedAt) implements ConversationEntry {
        /** The tag of this entry. */
        public static final String TYPE = "agent.handoff";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An entry of a type this version does not model; its fields are kept as plain Java values
     * (String, Number, Boolean, List, Map) and written back as they came.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param type   the entry's type as sent
     * @param fields its other fields
     */
    record Unknown(String type, Map<String, Object> fields) implements ConversationEntry {
        /** Requires the type; copies the fields, a missing map becoming empty. */
        public Unknown {
            Objects.requireNonNull(type, "type");
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String id() {
            Object id = fields.get("id");
            return id == null ? null : id.toString();
        }
    }
}
