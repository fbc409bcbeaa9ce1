package io.mistral4j.impl.http;

import com.google.gson.JsonParseException;
import io.mistral4j.ApiResponse;
import io.mistral4j.Headers;
import io.mistral4j.ResponseLimits;
import io.mistral4j.chat.Usage;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.ServiceError;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.impl.read.BufferedResponse;
import io.mistral4j.impl.read.IoFailures;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls through the decorator chain and turns answers into typed values or typed
 * exceptions, telling the observers about each step. Shared by all services of a client.
 *
 * <p>Logging: one DEBUG line per call (method, path, status, duration, attempts, request id);
 * at TRACE also the answer's body and each streamed event, with the API key hidden (the
 * request goes out through the {@code WireLogStage}, which logs it at TRACE).
 */
public final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final RequestFactory requests;
    private final CallStage chain;
    private final JsonCodec codec;
    private final Observers observers;
    private final PropagatedHeaders propagated;
    private final Executor asyncExecutor;
    private final Redactor redactor;
    private final AbandonedStreams abandonedStreams;

    public CallExecutor(RequestFactory requests, CallStage chain, JsonCodec codec, Observers observers,
                        Executor asyncExecutor, Redactor redactor) {
        this(requests, chain, codec, observers, PropagatedHeaders.none(), asyncExecutor, redactor,
                new AbandonedStreams(null));
    }

    /**
     * @param propagated       the headers propagators add to each call's request
     * @param abandonedStreams where the streams this executor opens are tracked until closed
     */
    public CallExecutor(RequestFactory requests, CallStage chain, JsonCodec codec, Observers observers,
                        PropagatedHeaders propagated, Executor asyncExecutor, Redactor redactor,
                        AbandonedStreams abandonedStreams) {
        this.requests = requests;
        this.chain = chain;
        this.codec = codec;
        this.observers = observers;
        this.propagated = propagated;
        this.asyncExecutor = asyncExecutor;
        this.redactor = redactor;
        this.abandonedStreams = abandonedStreams;
    }

    public JsonCodec codec() {
        return codec;
    }

    public Executor asyncExecutor() {
        return asyncExecutor;
    }

    /** Where streams and downloads handed to callers are tracked, so that a dropped one is released. */
    public AbandonedStreams abandonedStreams() {
        return abandonedStreams;
    }

    /** Sends {@code call} and decodes a successful JSON answer as {@code type} ({@code Void}: no body, value null). */
    public <T> ApiResponse<T> execute(ApiCall call, Type type) {
        return execute(call, type, null);
    }

    /**
     * Like {@link #execute(ApiCall, Type)}; {@code usage} (nullable) reads the token usage of
     * the decoded answer, which the observers are told before the call ends.
     */
    public <T> ApiResponse<T> execute(ApiCall call, Type type, Function<? super T, Usage> usage) {
        CallEvents events = begin(call);
        long started = System.nanoTime();
        try {
            TransportResponse response = chain.send(call, request(call, events), events);
            ApiResponse<T> result = complete(call, events, response, type, usage, started);
            events.onEnd();
            return result;
        } catch (RuntimeException e) {
            events.onError(e);
            throw e;
        }
    }

    /** Like {@link #execute} without blocking the caller; the body is read on the client's executor. */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiCall call, Type type) {
        return executeAsync(call, type, null);
    }

    /** Like {@link #execute(ApiCall, Type, Function)} without blocking the caller. */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiCall call, Type type,
                                                             Function<? super T, Usage> usage) {
        CallEvents events = begin(call);
        long started = System.nanoTime();
        CompletableFuture<ApiResponse<T>> result;
        try {
            result = chain.sendAsync(call, request(call, events), events)
                    .thenApplyAsync(response -> complete(call, events, response, type, usage, started),
                            asyncExecutor);
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        return result.handle((value, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                events.onError(cause);
                throw cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
            }
            events.onEnd();
            return value;
        });
    }

    /**
     * Sends a streaming call and returns the open answer once its status is known to be a
     * success; an error status is read and thrown as the typed exception. The caller owns the
     * returned response and must close it, and reports the call's end to its events.
     */
    public OpenedCall openStream(ApiCall call) {
        return open(call, () -> requests.create(call));
    }

    /**
     * Sends a call whose successful answer is a binary body (a file download) and returns the
     * open answer, unread, once its status is known to be a success; an error status is read
     * and thrown as the typed exception. The caller owns the returned response and must close
     * it, and reports the call's end to its events; nothing of the body is buffered here.
     */
    public OpenedCall openBinary(ApiCall call) {
        return open(call, () -> requests.create(call, "application/octet-stream, application/json"));
    }

    private OpenedCall open(ApiCall call, Supplier<TransportRequest> request) {
        CallEvents events = begin(call);
        long started = System.nanoTime();
        try {
            TransportResponse response = chain.send(call, propagate(call, events, request.get()), events);
            events.onResponse(response.statusCode(), response.headers());
            if (response.statusCode() >= 300) {
                try (response) {
                    String body = readBody(call, response);
                    log(call, events, response, started, body);
                    throw failureHidingKey(call, response.statusCode(), response.headers(), body);
                }
            }
            log(call, events, response, started, null);
            return new OpenedCall(call, response, events);
        } catch (RuntimeException e) {
            events.onError(e);
            throw e;
        }
    }

    /**
     * Decodes the {@code data} of one streamed event of {@code call} as {@code type}, logging it
     * at TRACE first.
     */
    public <T> T decodeEvent(ApiCall call, String data, Type type, TransportResponse response) {
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} event: {}", call.method(), call.path(), redactor.redact(data));
        }
        return decode(data, type, response.statusCode(), response.headers());
    }

    /**
     * As {@link #decodeEvent(ApiCall, String, Type, TransportResponse)}, reading with {@code reader}
     * (a reader that keeps state from event to event, such as a {@link io.mistral4j.impl.json.StreamChunkReader});
     * its {@link JsonParseException} becomes the same typed decoding error.
     */
    public <T> T decodeEvent(ApiCall call, String data, java.util.function.Function<String, T> reader, Type type,
                             TransportResponse response) {
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} event: {}", call.method(), call.path(), redactor.redact(data));
        }
        try {
            return reader.apply(data);
        } catch (JsonParseException e) {
            throw decodingFailure(type, response.statusCode(), response.headers(), e);
        }
    }

    /** Starts the call with the observers: its listeners, which hear the rest of its events. */
    private CallEvents begin(ApiCall call) {
        abandonedStreams.releaseAbandoned();   // a dropped stream may hold the connection this call needs
        return observers.start(call);
    }

    private TransportRequest request(ApiCall call, CallEvents events) {
        return propagate(call, events, requests.create(call));
    }

    /** Tells the listeners the request's target, then adds the propagators' headers (e.g. {@code traceparent}). */
    private TransportRequest propagate(ApiCall call, CallEvents events, TransportRequest request) {
        events.onRequest(request.uri());
        return propagated.addTo(call, events, request);
    }

    private <T> ApiResponse<T> complete(ApiCall call, CallEvents events, TransportResponse response, Type type,
                                        Function<? super T, Usage> usage, long started) {
        try (response) {
            events.onResponse(response.statusCode(), response.headers());
            String body = readBody(call, response);
            log(call, events, response, started, body);
            if (response.statusCode() >= 300) {
                throw failureHidingKey(call, response.statusCode(), response.headers(), body);
            }
            // Void: the answer has no body (204 No Content).
            T value = type == Void.class ? null : decode(body, type, response.statusCode(), response.headers());
            if (value != null) {
                Usage used = usage == null ? null : usage.apply(value);
                if (used != null) {
                    events.onUsage(used.promptTokens(), used.completionTokens());
                }
                events.onResult(value);
            }
            return new ApiResponse<>(response.statusCode(), response.headers(), body, value);
        }
    }

    /** Decodes one JSON document, mapping any failure to a typed decoding error. */
    public <T> T decode(String json, Type type, int statusCode, Headers headers) {
        try {
            return codec.fromJson(json, type);
        } catch (JsonParseException e) {
            throw decodingFailure(type, statusCode, headers, e);
        }
    }

    private static MistralDecodingException decodingFailure(Type type, int statusCode, Headers headers,
                                                            JsonParseException e) {
        String requestId = ApiResponse.requestIdOf(headers).orElse(null);
        return new MistralDecodingException("could not decode the answer as " + simpleName(type) + ": "
                + e.getMessage(), statusCode, requestId, e);
    }

    /**
     * The typed exception for an error status, with this client's key hidden wherever the body
     * echoes it (credentials in recognisable forms, such as a bearer token, are hidden by
     * {@link ServiceError} itself).
     */
    private MistralServiceException failureHidingKey(ApiCall call, int status, Headers headers, String body) {
        return failure(call, status, headers, redactor.hide(body));
    }

    /** The typed exception for an error status; echoed credentials are masked by {@link ServiceError}. */
    public static MistralServiceException failure(ApiCall call, int status, Headers headers, String body) {
        return MistralServiceException.of(new ServiceError(status, headers, body, ErrorBodyParser.parse(body),
                ApiResponse.requestIdOf(headers).orElse(null), call.method() + " " + call.path()));
    }

    private static String readBody(ApiCall call, TransportResponse response) {
        if (response instanceof BufferedResponse) {
            return ((BufferedResponse) response).text(); // read whole, under the bounds, by the chain
        }
        // Only a chain without its read stage (a test's) gets here: still never read without bound.
        long limit = Math.min(Integer.MAX_VALUE - 8, ResponseLimits.defaults().maxResponseBytes());
        try {
            byte[] bytes = response.body().readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw IoFailures.tooLarge("maxResponseBytes", limit, "the answer to " + call.method() + " " + call.path());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw IoFailures.reading(e, "the answer to " + call.method() + " " + call.path());
        }
    }

    /** The call's DEBUG line, and at TRACE the answer's headers and body (null: read by the caller, e.g. events). */
    private void log(ApiCall call, CallEvents events, TransportResponse response, long started, String body) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms, attempt {} (request id {})", call.method(), call.path(),
                    response.statusCode(), (System.nanoTime() - started) / 1_000_000,
                    events.attempt(), ApiResponse.requestIdOf(response.headers()).orElse("-"));
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} <- {} {}{}", call.method(), call.path(), response.statusCode(), response.headers(),
                    body == null ? " (body read by the caller)" : " body: " + redactor.redact(body));
        }
    }

    private static String simpleName(Type type) {
        return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof java.util.concurrent.ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        if (!(current instanceof MistralException) && !(current instanceof Error)
                && !(current instanceof RuntimeException)) {
            return new MistralException("call failed: " + current, current);
        }
        return current;
    }
}
