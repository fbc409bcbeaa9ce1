package io.mistral4j.conversations;

import io.mistral4j.chat.Content;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a streamed conversation answer, told apart by {@link #type()}: the response
 * started, done or failed; a piece of an output message; a built-in tool's execution; a piece of
 * a function call; a handoff between agents. Events of one entry share its {@code outputIndex}.
 * A type this version does not know is kept as an {@link Unknown} event rather than failing the
 * stream. Fold them with a {@link ConversationAccumulator}.
 */
public sealed interface ConversationEvent permits ConversationEvent.ResponseStarted,
        ConversationEvent.ResponseDone, ConversationEvent.ResponseError, ConversationEvent.MessageOutputDelta,
        ConversationEvent.ToolExecutionStarted, ConversationEvent.ToolExecutionDelta,
        ConversationEvent.ToolExecutionDone, ConversationEvent.FunctionCallDelta,
        ConversationEvent.AgentHandoffStarted, ConversationEvent.AgentHandoffDone, ConversationEvent.Unknown {

    /** The event's type as sent, e.g. {@code message.output.delta}. */
    String type();

    /**
     * {@code conversation.response.started}: the first event, naming the conversation.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param conversationId the conversation's id
     * @param createdAt      when, or null
     */
    record ResponseStarted(String conversationId, Instant createdAt) implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "conversation.response.started";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code conversation.response.done}: the last event, with the tokens used.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param usage     the tokens used
     * @param createdAt when, or null
     */
    record ResponseDone(ConversationUsage usage, Instant createdAt) implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "conversation.response.done";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code conversation.response.error}: the answer failed; the stream ends.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param message   what went wrong
     * @param code      the error's code
     * @param createdAt when, or null
     */
    record ResponseError(String message, Integer code, Instant createdAt) implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "conversation.response.error";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code message.output.delta}: the next piece of an output message.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id           the output entry's id
     * @param outputIndex  the entry's place among the outputs
     * @param contentIndex the piece's place in the message's content
     * @param role         {@code assistant}
     * @param content      the piece: text or chunks
     * @param model        the model answering, or null
     * @param agentId      the agent answering, or null
     * @param createdAt    when, or null
     */
    record MessageOutputDelta(String id, int outputIndex, int contentIndex, String role, Content content, String model,
                              String agentId, Instant createdAt) implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "message.output.delta";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code tool.execution.started}: a built-in tool starts running.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id          the execution entry's id
     * @param outputIndex the entry's place among the outputs
     * @param name        the tool
     * @param arguments   its arguments as text
     * @param model       the model running it, or null
     * @param agentId     the agent running it, or null
     * @param createdAt   when, or null
     */
    record ToolExecutionStarted(String id, int outputIndex, String name, String arguments, String model,
                                String agentId, Instant createdAt) implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "tool.execution.started";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code tool.execution.delta}: more of a built-in tool's arguments.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id          the execution entry's id
     * @param outputIndex the entry's place among the outputs
     * @param name        the tool
     * @param arguments   the next piece of its arguments
     * @param createdAt   when, or null
     */
    record ToolExecutionDelta(String id, int outputIndex, String name, String arguments, Instant createdAt)
            implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "tool.execution.delta";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code tool.execution.done}: a built-in tool finished.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id          the execution entry's id
     * @param outputIndex the entry's place among the outputs
     * @param name        the tool
     * @param info        what it reported, as plain Java values; empty when nothing
     * @param createdAt   when, or null
     */
    record ToolExecutionDone(String id, int outputIndex, String name, Map<String, Object> info, Instant createdAt)
            implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "tool.execution.done";

        /** Copies the info; a missing map becomes empty. */
        public ToolExecutionDone {
            info = info == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(info));
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code function.call.delta}: a function call, whole or the next piece of its arguments.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id                 the call entry's id
     * @param outputIndex        the entry's place among the outputs
     * @param toolCallId         the call's id
     * @param name               the function
     * @param arguments          the arguments, or their next piece
     * @param confirmationStatus whether the call waits for a confirmation, or null
     * @param model              the model calling, or null
     * @param agentId            the agent calling, or null
     * @param createdAt          when, or null
     */
    record FunctionCallDelta(String id, int outputIndex, String toolCallId, String name, String arguments,
                             String confirmationStatus, String model, String agentId, Instant createdAt)
            implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "function.call.delta";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code agent.handoff.started}: an agent starts handing the conversation over.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id                the handoff entry's id
     * @param outputIndex       the entry's place among the outputs
     * @param previousAgentId   the agent handing off
     * @param previousAgentName its name
     * @param createdAt         when, or null
     */
    record AgentHandoffStarted(String id, int outputIndex, String previousAgentId, String previousAgentName,
                               Instant createdAt) implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "agent.handoff.started";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code agent.handoff.done}: another agent took the conversation over.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param id            the handoff entry's id
     * @param outputIndex   the entry's place among the outputs
     * @param nextAgentId   the agent taking over
     * @param nextAgentName its name
     * @param createdAt     when, or null
     */
    record AgentHandoffDone(String id, int outputIndex, String nextAgentId, String nextAgentName, Instant createdAt)
            implements ConversationEvent {
        /** The tag of this event. */
        public static final String TYPE = "agent.handoff.done";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An event of a type this version does not model; its fields are kept as plain Java values
     * (String, Number, Boolean, List, Map).
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param type   the event's type as sent
     * @param fields its other fields
     */
    record Unknown(String type, Map<String, Object> fields) implements ConversationEvent {
        /** Requires the type; copies the fields, a missing map becoming empty. */
        public Unknown {
            Objects.requireNonNull(type, "type");
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }
}
