package io.mistral4j.chat;

import io.mistral4j.streaming.EventStream;

/**
 * A streamed chat completion: its events as they arrive, and the completion they add up to.
 */
public interface ChatCompletionStream extends EventStream<CompletionChunk> {

    /**
     * The completion folded from the events read so far: content joined, tool call argument
     * deltas joined per {@code index}, the finish reasons and usage of the last events. Complete
     * once the stream has been read to the end.
     */
    ChatCompletionResponse accumulated();
}
