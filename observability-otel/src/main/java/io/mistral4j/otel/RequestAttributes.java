package io.mistral4j.otel;

import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ResponseFormatType;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.fim.FimCompletionRequest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.List;

/**
 * The request parameters of a GenAI span, read from the typed request the call carries
 * ({@code ApiCall.request()}): sampling settings, limits, stop sequences, the output type, the
 * agent, the embeddings' format and size; and, when the user opted in, chat and agent messages
 * (a FIM prompt is not a conversation and is not captured). A parameter the request leaves to the
 * server's default is not recorded.
 */
final class RequestAttributes {

    private RequestAttributes() {
    }

    static void apply(SpanBuilder span, Object request, boolean captureMessageContent) {
        if (request instanceof ChatCompletionRequest) {
            ChatCompletionRequest chat = (ChatCompletionRequest) request;
            put(span, GenAiConventions.REQUEST_TEMPERATURE, chat.temperature());
            put(span, GenAiConventions.REQUEST_TOP_P, chat.topP());
            putCommon(span, chat.maxTokens(), chat.randomSeed(), chat.stop(), chat.presencePenalty(),
                    chat.frequencyPenalty(), chat.n(), chat.responseFormat());
            putMessages(span, chat.messages(), captureMessageContent);
        } else if (request instanceof FimCompletionRequest) {
            FimCompletionRequest fim = (FimCompletionRequest) request;
            put(span, GenAiConventions.REQUEST_TEMPERATURE, fim.temperature());
            put(span, GenAiConventions.REQUEST_TOP_P, fim.topP());
            putCommon(span, fim.maxTokens(), fim.randomSeed(), fim.stop(), null, null, null, null);
        } else if (request instanceof EmbeddingRequest) {
            EmbeddingRequest embeddings = (EmbeddingRequest) request;
            if (embeddings.encodingFormat() != null) {
                span.setAttribute(GenAiConventions.REQUEST_ENCODING_FORMATS,
                        List.of(embeddings.encodingFormat().value()));
            }
            if (embeddings.outputDimension() != null) {
                span.setAttribute(GenAiConventions.EMBEDDINGS_DIMENSION_COUNT,
                        embeddings.outputDimension().longValue());
            }
        } else if (request instanceof AgentsCompletionRequest) {
            AgentsCompletionRequest agent = (AgentsCompletionRequest) request;
            put(span, GenAiConventions.AGENT_ID, agent.agentId());
            putCommon(span, agent.maxTokens(), agent.randomSeed(), agent.stop(), agent.presencePenalty(),
                    agent.frequencyPenalty(), agent.n(), agent.responseFormat());
            putMessages(span, agent.messages(), captureMessageContent);
        }
    }

    private static void putCommon(SpanBuilder span, Integer maxTokens, Long seed, List<String> stop,
                                  Double presencePenalty, Double frequencyPenalty, Integer n,
                                  ResponseFormat responseFormat) {
        if (maxTokens != null) {
            span.setAttribute(GenAiConventions.REQUEST_MAX_TOKENS, maxTokens.longValue());
        }
        put(span, GenAiConventions.REQUEST_SEED, seed);
        if (stop != null && !stop.isEmpty()) {
            span.setAttribute(GenAiConventions.REQUEST_STOP_SEQUENCES, stop);
        }
        put(span, GenAiConventions.REQUEST_PRESENCE_PENALTY, presencePenalty);
        put(span, GenAiConventions.REQUEST_FREQUENCY_PENALTY, frequencyPenalty);
        // Recorded only when it is not the default single choice, as the conventions ask.
        if (n != null && n != 1) {
            span.setAttribute(GenAiConventions.REQUEST_CHOICE_COUNT, n.longValue());
        }
        put(span, GenAiConventions.OUTPUT_TYPE, outputType(responseFormat));
    }

    /** {@code text} or {@code json} for the formats the conventions name; null for none or one they do not. */
    private static String outputType(ResponseFormat format) {
        ResponseFormatType type = format == null ? null : format.type();
        if (ResponseFormatType.TEXT.equals(type)) {
            return GenAiConventions.OUTPUT_TYPE_TEXT;
        }
        if (ResponseFormatType.JSON_OBJECT.equals(type) || ResponseFormatType.JSON_SCHEMA.equals(type)) {
            return GenAiConventions.OUTPUT_TYPE_JSON;
        }
        return null;
    }

    private static void putMessages(SpanBuilder span, List<Message> messages, boolean captureMessageContent) {
        if (captureMessageContent && messages != null && !messages.isEmpty()) {
            span.setAttribute(GenAiConventions.INPUT_MESSAGES, MessageContent.input(messages));
        }
    }

    private static <T> void put(SpanBuilder span, AttributeKey<T> key, T value) {
        if (value != null) {
            span.setAttribute(key, value);
        }
    }
}
