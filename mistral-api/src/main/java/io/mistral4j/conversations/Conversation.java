package io.mistral4j.conversations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A conversation a caller holds on to: it keeps the conversation's id (a new one after
 * {@link #restartFrom}) and the last answer, sends text and function results, and can answer
 * function calls with a handler until the agent or model answers in words. Obtained from
 * {@link ConversationsService#conversation} or {@link ConversationsService#resume}. Not
 * thread-safe: one turn at a time.
 */
public final class Conversation {

    /** How many rounds of function calls {@link #answerCalls} answers before giving up. */
    public static final int MAX_CALL_ROUNDS = 10;

    private final ConversationsService service;
    private String id;
    private ConversationResponse last;

    private Conversation(ConversationsService service, String id, ConversationResponse last) {
        this.service = Objects.requireNonNull(service, "service");
        this.id = id;
        this.last = last;
    }

    static Conversation start(ConversationsService service, ConversationStartRequest request) {
        ConversationResponse first = service.start(request);
        return new Conversation(service, first.conversationId(), first);
    }

    static Conversation resume(ConversationsService service, String conversationId) {
        if (conversationId == null || conversationId.isBlank()) {
            throw new io.mistral4j.errors.ValidationException("conversationId", "is required");
        }
        return new Conversation(service, conversationId, null);
    }

    /** The conversation's id; a restart moves the handle to the new conversation. */
    public String id() {
        return id;
    }

    /** The last answer, or null for a resumed conversation nothing was sent to yet. */
    public ConversationResponse last() {
        return last;
    }

    /** The function calls of the last answer, each waiting for a result; empty when none. */
    public List<ConversationEntry.FunctionCall> pendingCalls() {
        return last == null ? List.of() : last.functionCalls();
    }

    /** Sends a user message and returns the answer. */
    public ConversationResponse send(String text) {
        return send(ConversationAppendRequest.of(text));
    }

    /** Sends entries (messages, function results) and returns the answer. */
    public ConversationResponse send(ConversationEntry... entries) {
        return send(ConversationAppendRequest.of(entries));
    }

    /** Sends an append request and returns the answer. */
    public ConversationResponse send(ConversationAppendRequest request) {
        last = service.append(id, request);
        return last;
    }

    /**
     * Sends a user message and streams the answer; the stream's {@link ConversationStream#accumulated()}
     * becomes {@link #last()} once it is closed or read to the end.
     */
    public ConversationStream sendStream(String text) {
        return track(service.appendStream(id, ConversationAppendRequest.of(text)));
    }

    /**
     * Answers the pending function calls with {@code handler} (given a call, it returns the result
     * text), sending the results, until an answer holds no call; returns that answer.
     */
    public ConversationResponse answerCalls(Function<ConversationEntry.FunctionCall, String> handler) {
        Objects.requireNonNull(handler, "handler");
        for (int round = 0; round < MAX_CALL_ROUNDS && !pendingCalls().isEmpty(); round++) {
            List<ConversationEntry> results = new ArrayList<>();
            for (ConversationEntry.FunctionCall call : pendingCalls()) {
                results.add(ConversationEntry.FunctionResult.of(call, handler.apply(call)));
            }
            send(ConversationAppendRequest.builder().inputs(results).build());
        }
        return last;
    }

    /**
     * Restarts from an entry: the handle moves to the new conversation, which keeps the entries up
     * to {@code entryId} and answers {@code text} after it.
     */
    public ConversationResponse restartFrom(String entryId, String text) {
        return restartFrom(ConversationRestartRequest.builder(entryId).input(text).build());
    }

    /** Restarts from an entry, answering it again; the handle moves to the new conversation. */
    public ConversationResponse restartFrom(String entryId) {
        return restartFrom(ConversationRestartRequest.builder(entryId).build());
    }

    /** Restarts as {@code request} says; the handle moves to the new conversation. */
    public ConversationResponse restartFrom(ConversationRestartRequest request) {
        last = service.restart(id, request);
        id = last.conversationId();
        return last;
    }

    /** Every entry of the conversation so far. */
    public ConversationHistory history() {
        return service.history(id);
    }

    private ConversationStream track(ConversationStream stream) {
        return new TrackedStream(stream);
    }

    /** A stream that, once closed, leaves its folded answer as the conversation's last one. */
    private final class TrackedStream implements ConversationStream {
        private final ConversationStream inner;

        TrackedStream(ConversationStream inner) {
            this.inner = inner;
        }

        @Override
        public boolean hasNext() {
            boolean more = inner.hasNext();
            if (!more) {
                last = inner.accumulated();
            }
            return more;
        }

        @Override
        public ConversationEvent next() {
            return inner.next();
        }

        @Override
        public io.mistral4j.Headers headers() {
            return inner.headers();
        }

        @Override
        public ConversationResponse accumulated() {
            return inner.accumulated();
        }

        @Override
        public void close() {
            last = inner.accumulated();
            inner.close();
        }
    }
}
