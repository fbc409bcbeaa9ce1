package io.mistral4j.conversations;

import io.mistral4j.chat.Content;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.TextChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds the events of a streamed conversation answer into the {@link ConversationResponse} the
 * plain call answers: each output entry built from the events of its {@code outputIndex} (message
 * text joined from its deltas, function call arguments joined, tool executions with their info,
 * handoffs from their start and end), the conversation's id from the first event and the usage
 * from the last. For subscribers of the publisher form; {@link ConversationStream#accumulated()}
 * does this for a stream. Not thread-safe.
 */
public final class ConversationAccumulator {

    private final TreeMap<Integer, ConversationEntry> outputs = new TreeMap<>();
    private String conversationId;
    private ConversationUsage usage;
    private ConversationEvent.ResponseError error;
    private boolean done;

    /** Starts with nothing received. */
    public ConversationAccumulator() {
    }

    /** Adds one event; unknown events are skipped. Returns the event, to fold inside a pipeline. */
    public ConversationEvent add(ConversationEvent event) {
        if (event instanceof ConversationEvent.ResponseStarted started) {
            conversationId = started.conversationId();
        } else if (event instanceof ConversationEvent.ResponseDone last) {
            usage = last.usage();
            done = true;
        } else if (event instanceof ConversationEvent.ResponseError failed) {
            error = failed;
            done = true;
        } else if (event instanceof ConversationEvent.MessageOutputDelta delta) {
            ConversationEntry before = outputs.get(delta.outputIndex());
            outputs.put(delta.outputIndex(), message(delta,
                    before instanceof ConversationEntry.MessageOutput message ? message : null));
        } else if (event instanceof ConversationEvent.FunctionCallDelta delta) {
            ConversationEntry before = outputs.get(delta.outputIndex());
            outputs.put(delta.outputIndex(), call(delta,
                    before instanceof ConversationEntry.FunctionCall call ? call : null));
        } else if (event instanceof ConversationEvent.ToolExecutionStarted started) {
            outputs.put(started.outputIndex(), new ConversationEntry.ToolExecution(started.id(), started.name(),
                    orEmpty(started.arguments()), Map.of(), started.agentId(), started.model(), started.createdAt(),
                    null));
        } else if (event instanceof ConversationEvent.ToolExecutionDelta delta
                && outputs.get(delta.outputIndex()) instanceof ConversationEntry.ToolExecution before) {
            outputs.put(delta.outputIndex(), new ConversationEntry.ToolExecution(before.id(), before.name(),
                    before.arguments() + orEmpty(delta.arguments()), before.info(), before.agentId(), before.model(),
                    before.createdAt(), null));
        } else if (event instanceof ConversationEvent.ToolExecutionDone finished) {
            ConversationEntry.ToolExecution before = outputs.get(finished.outputIndex())
                    instanceof ConversationEntry.ToolExecution execution ? execution
                    : new ConversationEntry.ToolExecution(finished.id(), finished.name(), "", null, null, null, null,
                    null);
            outputs.put(finished.outputIndex(), new ConversationEntry.ToolExecution(before.id(), before.name(),
                    before.arguments(), finished.info(), before.agentId(), before.model(), before.createdAt(),
                    finished.createdAt()));
        } else if (event instanceof ConversationEvent.AgentHandoffStarted started) {
            outputs.put(started.outputIndex(), new ConversationEntry.AgentHandoff(started.id(),
                    started.previousAgentId(), started.previousAgentName(), null, null, started.createdAt(), null));
        } else if (event instanceof ConversationEvent.AgentHandoffDone finished) {
            ConversationEntry.AgentHandoff before = outputs.get(finished.outputIndex())
                    instanceof ConversationEntry.AgentHandoff handoff ? handoff
                    : new ConversationEntry.AgentHandoff(finished.id(), null, null, null, null, null, null);
            outputs.put(finished.outputIndex(), new ConversationEntry.AgentHandoff(before.id(),
                    before.previousAgentId(), before.previousAgentName(), finished.nextAgentId(),
                    finished.nextAgentName(), before.createdAt(), finished.createdAt()));
        }
        return event;
    }

    /** Whether the last event (done or error) has been added: the result is then complete. */
    public boolean isDone() {
        return done;
    }

    /** The error event the answer ended with, or null. */
    public ConversationEvent.ResponseError error() {
        return error;
    }

    /** The answer so far: the conversation's id, the output entries in order, the usage once done. */
    public ConversationResponse result() {
        return new ConversationResponse("conversation.response", conversationId, new ArrayList<>(outputs.values()),
                usage, null);
    }

    private static ConversationEntry.MessageOutput message(ConversationEvent.MessageOutputDelta delta,
                                                           ConversationEntry.MessageOutput before) {
        Content piece = delta.content() == null ? Content.of("") : delta.content();
        Content content = before == null ? piece : join(before.content(), piece);
        return new ConversationEntry.MessageOutput(delta.id(), delta.role() == null ? "assistant" : delta.role(),
                content, delta.agentId(), delta.model(), before == null ? delta.createdAt() : before.createdAt(),
                null);
    }

    /** Text joins text; otherwise the chunks follow each other, neighbouring text chunks joined. */
    private static Content join(Content before, Content piece) {
        if (before instanceof Content.Text text && piece instanceof Content.Text more) {
            return Content.of(text.text() + more.text());
        }
        List<ContentChunk> chunks = new ArrayList<>(before.chunks());
        for (ContentChunk chunk : piece.chunks()) {
            int last = chunks.size() - 1;
            if (chunk instanceof TextChunk more && last >= 0 && chunks.get(last) instanceof TextChunk text) {
                chunks.set(last, new TextChunk(text.text() + more.text()));
            } else {
                chunks.add(chunk);
            }
        }
        return Content.of(chunks);
    }

    private static ConversationEntry.FunctionCall call(ConversationEvent.FunctionCallDelta delta,
                                                       ConversationEntry.FunctionCall before) {
        if (before == null) {
            return new ConversationEntry.FunctionCall(delta.id(), delta.toolCallId(), delta.name(),
                    orEmpty(delta.arguments()), delta.confirmationStatus(), delta.agentId(), delta.model(),
                    delta.createdAt(), null);
        }
        return new ConversationEntry.FunctionCall(before.id(), before.toolCallId(), before.name(),
                before.arguments() + orEmpty(delta.arguments()),
                delta.confirmationStatus() != null ? delta.confirmationStatus() : before.confirmationStatus(),
                before.agentId(), before.model(), before.createdAt(), null);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
