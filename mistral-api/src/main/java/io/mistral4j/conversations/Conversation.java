package io.mistral4j.conversations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A conversation a caller holds on to: it keeps the conversation's id (a new one after
 * {@link #restartFrom}) and the last answer, sends text and function results, and can answer
 * function calls with a handler until the agent or model answers in words. Every turn can be
 * streamed too: the handle then takes the id from the stream's {@code conversation.response.started}
 * event and the last answer from the events once the stream is read to its end or closed.
 * Obtained from {@link ConversationsService#conversation}, {@link ConversationsService#resume} or,
 * not started yet, {@link ConversationsService#newConversation}. Not thread-safe: one turn at a time.
 */
public final class Conversation {

    /** How many rounds of function calls {@link #answerCalls} answers before giving up. */
    public static final int MAX_CALL_ROUNDS = 10;

    private final ConversationsService service;
    /** The start request of a handle not started yet, else null. */
    private ConversationStartRequest unstarted;
    private String id;
    private ConversationResponse last;

    private Conversation(ConversationsService service, String id, ConversationResponse last) {
        this.service = Objects.requireNonNull(service, "service");
        this.id = id;
        this.last = last;
    }

    static Conversation unstarted(ConversationsService service, ConversationStartRequest request) {
        if (request == null) {
            throw new io.mistral4j.errors.ValidationException("request", "must not be null");
        }
        Conversation conversation = new Conversation(service, null, null);
        conversation.unstarted = request;
        return conversation;
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

    /**
     * Starts a handle from {@link ConversationsService#newConversation} and returns the answer; a
     * handle already started throws an {@link IllegalStateException}.
     */
    public ConversationResponse start() {
        last = service.start(requireUnstarted());
        id = last.conversationId();
        unstarted = null;
        return last;
    }

    /**
     * Starts a handle from {@link ConversationsService#newConversation} with a streamed answer: the
     * handle has its id once the stream's first event is read. A handle already started throws an
     * {@link IllegalStateException}.
     */
    public ConversationStream startStream() {
        ConversationStream stream = track(service.startStream(requireUnstarted()));
        unstarted = null;
        return stream;
    }

    /**
     * The conversation's id, null until a handle from {@link ConversationsService#newConversation}
     * starts; a restart moves the handle to the new conversation.
     */
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
        last = service.append(requireStarted(), request);
        return last;
    }

    /**
     * Sends a user message and streams the answer; the stream's {@link ConversationStream#accumulated()}
     * becomes {@link #last()} once it is closed or read to the end.
     */
    public ConversationStream sendStream(String text) {
        return sendStream(ConversationAppendRequest.of(text));
    }

    /** Sends entries (messages, function results) and streams the answer, as {@link #sendStream(String)}. */
    public ConversationStream sendStream(ConversationEntry... entries) {
        return sendStream(ConversationAppendRequest.of(entries));
    }

    /** Sends an append request and streams the answer, as {@link #sendStream(String)}. */
    public ConversationStream sendStream(ConversationAppendRequest request) {
        return track(service.appendStream(requireStarted(), request));
    }

    /**
     * Answers the pending function calls with {@code handler} (given a call, it returns the result
     * text), sending the results, until an answer holds no call; returns that answer.
     */
    public ConversationResponse answerCalls(Function<ConversationEntry.FunctionCall, String> handler) {
        Objects.requireNonNull(handler, "handler");
        for (int round = 0; round < MAX_CALL_ROUNDS && !pendingCalls().isEmpty(); round++) {
            send(results(handler));
        }
        return last;
    }

    /**
     * {@link #answerCalls} with each answer streamed: every event of every round is given to
     * {@code events} as it arrives; returns the answer that holds no call.
     */
    public ConversationResponse answerCallsStreamed(Function<ConversationEntry.FunctionCall, String> handler,
                                                    Consumer<ConversationEvent> events) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(events, "events");
        for (int round = 0; round < MAX_CALL_ROUNDS && !pendingCalls().isEmpty(); round++) {
            try (ConversationStream stream = sendStream(results(handler))) {
                stream.forEachRemaining(events);
            }
        }
        return last;
    }

    private ConversationAppendRequest results(Function<ConversationEntry.FunctionCall, String> handler) {
        List<ConversationEntry> results = new ArrayList<>();
        for (ConversationEntry.FunctionCall call : pendingCalls()) {
            results.add(ConversationEntry.FunctionResult.of(call, handler.apply(call)));
        }
        return ConversationAppendRequest.builder().inputs(results).build();
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
        last = service.restart(requireStarted(), request);
        id = last.conversationId();
        return last;
    }

    /**
     * Restarts from an entry with a streamed answer to {@code text}; the handle moves to the new
     * conversation when the stream's first event names it.
     */
    public ConversationStream restartStreamFrom(String entryId, String text) {
        return restartStreamFrom(ConversationRestartRequest.builder(entryId).input(text).build());
    }

    /** Restarts as {@code request} says with a streamed answer, as {@link #restartStreamFrom(String, String)}. */
    public ConversationStream restartStreamFrom(ConversationRestartRequest request) {
        return track(service.restartStream(requireStarted(), request));
    }

    /** Every entry of the conversation so far. */
    public ConversationHistory history() {
        return service.history(requireStarted());
    }

    /** The start request of a handle not started yet; one that failed to start may be started again. */
    private ConversationStartRequest requireUnstarted() {
        if (unstarted == null) {
            throw new IllegalStateException("conversation " + id + " has started already");
        }
        return unstarted;
    }

    private String requireStarted() {
        if (id == null) {
            throw new IllegalStateException("the conversation has not started: call start() or startStream() first");
        }
        return id;
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
                settle();
            }
            return more;
        }

        @Override
        public ConversationEvent next() {
            ConversationEvent event = inner.next();
            if (event instanceof ConversationEvent.ResponseStarted started && started.conversationId() != null) {
                id = started.conversationId();
            }
            return event;
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
            settle();
            inner.close();
        }

        /** The folded answer becomes the last one, and its id the handle's. */
        private void settle() {
            last = inner.accumulated();
            if (last.conversationId() != null) {
                id = last.conversationId();
            }
        }
    }
}
