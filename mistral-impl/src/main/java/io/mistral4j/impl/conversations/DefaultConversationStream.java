package io.mistral4j.impl.conversations;

import io.mistral4j.conversations.ConversationAccumulator;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.conversations.ConversationResponse;
import io.mistral4j.conversations.ConversationStream;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.OpenedCall;
import io.mistral4j.impl.stream.FoldingEventStream;
import io.mistral4j.impl.stream.SseEventStream;
import io.mistral4j.spi.ApiCall;

/**
 * A conversation answer's event stream, folding each event it hands out into the answer. The
 * answer sends no {@code [DONE]}: it ends after {@code conversation.response.done} (or an error).
 */
final class DefaultConversationStream extends FoldingEventStream<ConversationEvent> implements ConversationStream {

    private final ConversationAccumulator accumulator;

    private DefaultConversationStream(SseEventStream<ConversationEvent> events, CallEvents listeners,
                                      ConversationAccumulator accumulator) {
        super(events, listeners);
        this.accumulator = accumulator;
    }

    /** Sends the streaming {@code call}; its listeners get the folded answer as the result. */
    static ConversationStream open(CallExecutor executor, ApiCall call) {
        OpenedCall opened = executor.openStream(call);
        ConversationAccumulator accumulator = new ConversationAccumulator();
        SseEventStream<ConversationEvent> events = new SseEventStream<>(opened,
                data -> executor.decodeEvent(call, data, ConversationEvent.class, opened.response()),
                accumulator::result, event -> event instanceof ConversationEvent.ResponseDone
                || event instanceof ConversationEvent.ResponseError, executor.abandonedStreams());
        return new DefaultConversationStream(events, opened.events(), accumulator);
    }

    @Override
    protected void fold(ConversationEvent event, CallEvents listeners) {
        accumulator.add(event);
        if (event instanceof ConversationEvent.ResponseDone done && done.usage() != null) {
            listeners.onUsage(done.usage().promptTokens(), done.usage().completionTokens());
        }
    }

    @Override
    public ConversationResponse accumulated() {
        return accumulator.result();
    }
}
