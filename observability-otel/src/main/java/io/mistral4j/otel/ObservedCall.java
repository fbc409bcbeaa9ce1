package io.mistral4j.otel;

import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Usage;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One call as telemetry sees it, and its listener: its CLIENT span (a GenAI span for GenAI
 * operations, an HTTP span for the others) and what the metrics recorded at its end need. The
 * span starts when the request is known, so that the server's address is on it from the start
 * (the conventions ask for it at creation, for samplers); it ends with the call, for streams
 * when the stream ends or is closed. Events of one call arrive one after another, possibly on
 * different threads, hence the synchronized methods.
 */
final class ObservedCall implements CallListener {

    private static final TextMapSetter<Headers.Builder> HEADER_SETTER = (carrier, name, value) -> {
        if (carrier != null) {
            carrier.set(name, value);
        }
    };

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final Instruments instruments;
    private final ApiCall call;
    private final boolean genAi;
    private final Context parent;
    private final long startNanos;
    private final long startEpochNanos;

    private Span span;
    private String serverAddress;
    private long serverPort = -1;
    private int statusCode = -1;
    private long inputTokens = -1;
    private long outputTokens = -1;
    private String responseModel;
    private double timeToFirstChunk = -1;
    private int retries;

    /**
     * @param startNanos      {@link System#nanoTime()} when the call started
     * @param startEpochNanos the same moment on the wall clock: the span starts then, although it
     *                        is created a little later, and ends that plus the time measured
     */
    ObservedCall(Instruments instruments, ApiCall call, Context parent, long startNanos, long startEpochNanos) {
        this.instruments = instruments;
        this.call = call;
        this.genAi = GenAiConventions.GENAI_OPERATIONS.contains(call.operation());
        this.parent = parent;
        this.startNanos = startNanos;
        this.startEpochNanos = startEpochNanos;
    }

    /** The request is built: starts the span with the server's address. */
    @Override
    public synchronized void onRequest(URI uri) {
        if (span == null && uri != null) {
            serverAddress = uri.getHost();
            serverPort = port(uri);
            start(uri);
        }
    }

    /** The headers naming this call's span ({@code traceparent}), empty when propagation is off. */
    synchronized Headers traceHeaders() {
        TextMapPropagator propagator = instruments.propagator;
        if (propagator == null) {
            return Headers.empty();
        }
        Headers.Builder headers = Headers.builder();
        propagator.inject(parent.with(span()), headers, HEADER_SETTER);
        return headers.build();
    }

    @Override
    public synchronized void onRetry(int attempt, Throwable cause, Duration delay) {
        retries++;
        AttributesBuilder attributes = Attributes.builder()
                .put(GenAiConventions.RETRY_ATTEMPT, attempt)
                .put(GenAiConventions.ERROR_TYPE, ErrorTypes.of(cause));
        if (delay != null) {
            attributes.put(GenAiConventions.RETRY_DELAY, delay.toNanos() / NANOS_PER_SECOND);
        }
        span().addEvent(GenAiConventions.EVENT_RETRY, attributes.build());
    }

    @Override
    public synchronized void onResponse(int status, Headers headers) {
        statusCode = status;
    }

    @Override
    public synchronized void onFirstChunk() {
        if (timeToFirstChunk < 0) {
            timeToFirstChunk = (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
            if (genAi) {
                span().setAttribute(GenAiConventions.RESPONSE_TIME_TO_FIRST_CHUNK, timeToFirstChunk);
            }
        }
    }

    @Override
    public synchronized void onUsage(long input, long output) {
        inputTokens = input;
        outputTokens = output;
    }

    /** What the answer tells: its id, model and finish reasons, and usage if not reported already. */
    @Override
    public synchronized void onResult(Object result) {
        if (!genAi) {
            return;
        }
        if (result instanceof ChatCompletionResponse) {
            completion((ChatCompletionResponse) result);
        } else if (result instanceof EmbeddingResponse) {
            EmbeddingResponse embeddings = (EmbeddingResponse) result;
            responseModel(embeddings.model());
            usageIfUnknown(embeddings.usage());
        }
    }

    private void completion(ChatCompletionResponse completion) {
        Span current = span();
        if (completion.id() != null) {
            current.setAttribute(GenAiConventions.RESPONSE_ID, completion.id());
        }
        responseModel(completion.model());
        List<String> reasons = new ArrayList<>(completion.choices().size());
        for (ChatCompletionChoice choice : completion.choices()) {
            if (choice.finishReason() != null) {
                reasons.add(choice.finishReason().value());
            }
        }
        if (!reasons.isEmpty()) {
            current.setAttribute(GenAiConventions.RESPONSE_FINISH_REASONS, reasons);
        }
        usageIfUnknown(completion.usage());
        if (instruments.captureMessageContent && !completion.choices().isEmpty()) {
            current.setAttribute(GenAiConventions.OUTPUT_MESSAGES, MessageContent.output(completion));
        }
    }

    private void responseModel(String model) {
        if (model != null) {
            responseModel = model;
            span().setAttribute(GenAiConventions.RESPONSE_MODEL, model);
        }
    }

    private void usageIfUnknown(Usage usage) {
        if (usage != null && inputTokens < 0) {
            onUsage(usage.promptTokens(), usage.completionTokens());
        }
    }

    @Override
    public void onEnd() {
        end(null);
    }

    @Override
    public void onError(Throwable error) {
        end(error);
    }

    /** Ends the span and records the metrics; {@code error} is null for a call that succeeded. */
    private synchronized void end(Throwable error) {
        long elapsed = System.nanoTime() - startNanos;
        Span current = span();
        String errorType = error == null ? null : ErrorTypes.of(error);
        if (retries > 0) {
            current.setAttribute(GenAiConventions.HTTP_REQUEST_RESEND_COUNT, retries);
        }
        if (!genAi && statusCode >= 0) {
            current.setAttribute(GenAiConventions.HTTP_RESPONSE_STATUS_CODE, statusCode);
        }
        if (genAi && inputTokens >= 0) {
            current.setAttribute(GenAiConventions.USAGE_INPUT_TOKENS, inputTokens);
            if (hasOutputTokens()) {
                current.setAttribute(GenAiConventions.USAGE_OUTPUT_TOKENS, outputTokens);
            }
        }
        if (error != null) {
            current.setAttribute(GenAiConventions.ERROR_TYPE, errorType);
            current.recordException(error);
            current.setStatus(StatusCode.ERROR, error.getMessage());
        }
        current.end(startEpochNanos + elapsed, TimeUnit.NANOSECONDS);
        if (genAi) {
            recordMetrics(errorType, elapsed / NANOS_PER_SECOND);
        }
    }

    private void recordMetrics(String errorType, double seconds) {
        Attributes common = metricAttributes();
        instruments.operationDuration.record(seconds, errorType == null ? common
                : common.toBuilder().put(GenAiConventions.ERROR_TYPE, errorType).build());
        if (inputTokens >= 0) {
            instruments.tokenUsage.record(inputTokens, common.toBuilder()
                    .put(GenAiConventions.TOKEN_TYPE, GenAiConventions.TOKEN_TYPE_INPUT).build());
            if (hasOutputTokens()) {
                instruments.tokenUsage.record(outputTokens, common.toBuilder()
                        .put(GenAiConventions.TOKEN_TYPE, GenAiConventions.TOKEN_TYPE_OUTPUT).build());
            }
        }
        if (call.streaming() && timeToFirstChunk >= 0) {
            instruments.timeToFirstChunk.record(timeToFirstChunk, common);
        }
    }

    /** Embeddings read tokens and write none: the conventions give them input tokens only. */
    private boolean hasOutputTokens() {
        return !GenAiConventions.OPERATION_EMBEDDINGS.equals(call.operation());
    }

    /** The attributes every GenAI metric point of this call carries. */
    private Attributes metricAttributes() {
        AttributesBuilder attributes = Attributes.builder()
                .put(GenAiConventions.OPERATION_NAME, call.operation())
                .put(GenAiConventions.PROVIDER_NAME, GenAiConventions.PROVIDER_MISTRAL_AI);
        if (call.model() != null) {
            attributes.put(GenAiConventions.REQUEST_MODEL, call.model());
        }
        if (responseModel != null) {
            attributes.put(GenAiConventions.RESPONSE_MODEL, responseModel);
        }
        if (serverAddress != null) {
            attributes.put(GenAiConventions.SERVER_ADDRESS, serverAddress);
            attributes.put(GenAiConventions.SERVER_PORT, serverPort);
        }
        return attributes.build();
    }

    /** The span, started now without a server address if the request was never built. */
    private Span span() {
        if (span == null) {
            start(null);
        }
        return span;
    }

    private void start(URI uri) {
        SpanBuilder builder = instruments.tracer.spanBuilder(spanName())
                .setSpanKind(SpanKind.CLIENT)
                .setParent(parent)
                .setStartTimestamp(startEpochNanos, TimeUnit.NANOSECONDS);
        if (genAi) {
            builder.setAttribute(GenAiConventions.OPERATION_NAME, call.operation())
                    .setAttribute(GenAiConventions.PROVIDER_NAME, GenAiConventions.PROVIDER_MISTRAL_AI);
            if (call.model() != null) {
                builder.setAttribute(GenAiConventions.REQUEST_MODEL, call.model());
            }
            if (call.streaming()) {
                builder.setAttribute(GenAiConventions.REQUEST_STREAM, true);
            }
            RequestAttributes.apply(builder, call.request(), instruments.captureMessageContent);
        } else {
            builder.setAttribute(GenAiConventions.HTTP_REQUEST_METHOD, call.method())
                    .setAttribute(GenAiConventions.OPERATION, call.operation());
            if (uri != null) {
                builder.setAttribute(GenAiConventions.URL_FULL, UrlSanitizer.sanitize(uri));
            }
        }
        if (serverAddress != null) {
            builder.setAttribute(GenAiConventions.SERVER_ADDRESS, serverAddress)
                    .setAttribute(GenAiConventions.SERVER_PORT, serverPort);
        }
        span = builder.startSpan();
    }

    /** {@code {operation} {model}} for GenAI spans (the operation alone without a model), the method for HTTP ones. */
    private String spanName() {
        if (!genAi) {
            return call.method();
        }
        return call.model() == null ? call.operation() : call.operation() + ' ' + call.model();
    }

    private static long port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
