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

    /**
     * Reads the rest of the stream and returns the completion's text read as a {@code type}
     * (stream a request made with {@link ChatService#stream(ChatCompletionRequest, Class)} or
     * {@link ResponseFormat#jsonSchema(Class)}); a text that does not fit is a
     * {@link io.mistral4j.errors.MistralDecodingException} naming the JSON path and the expected type.
     */
    default <T> StructuredResponse<T> accumulated(Class<T> type) {
        forEachRemaining(chunk -> { });
        return StructuredResponse.read(accumulated(), type);
    }
}
