package io.mistral4j.conversations;

import io.mistral4j.streaming.EventStream;

/** A streamed conversation answer: its events as they arrive, and the answer they add up to. */
public interface ConversationStream extends EventStream<ConversationEvent> {

    /**
     * The answer folded from the events read so far (see {@link ConversationAccumulator});
     * complete once the stream has been read to the end.
     */
    ConversationResponse accumulated();
}
