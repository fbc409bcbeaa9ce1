package io.mistral4j.otel;

import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.TransportRequest;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Reports every call to OpenTelemetry per the GenAI semantic conventions: one CLIENT span per
 * call and the {@code gen_ai.client.*} metrics (see {@link GenAiConventions}).
 *
 * <p>Registered with {@link java.util.ServiceLoader}, so that adding this module to the class
 * path is enough: that instance reports to {@link io.opentelemetry.api.GlobalOpenTelemetry}
 * (as soon as it is set, e.g. by the OpenTelemetry Java agent) with the settings of the system
 * properties {@code otel.instrumentation.genai.capture-message-content} and
 * {@code mistral4j.otel.propagate-context} (or the environment variables
 * {@code OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT} and
 * {@code MISTRAL4J_OTEL_PROPAGATE_CONTEXT}). An instance from {@link MistralTelemetry} added
 * to a client builder replaces that one, so a call is never reported twice.
 */
public final class OpenTelemetryCallObserver implements CallObserver {

    private static final TextMapSetter<Headers.Builder> HEADER_SETTER = (carrier, name, value) -> {
        if (carrier != null) {
            carrier.set(name, value);
        }
    };

    private final InstrumentsSource source;
    private final InFlightCalls calls = new InFlightCalls();

    /** The observer ServiceLoader creates: global OpenTelemetry, settings from the environment. */
    public OpenTelemetryCallObserver() {
        this(InstrumentsSource.global(TelemetrySettings.fromEnvironment()));
    }

    OpenTelemetryCallObserver(InstrumentsSource source) {
        this.source = source;
    }

    @Override
    public void onStart(ApiCall call) {
        Instruments instruments = source.get();
        if (instruments != null) {
            Instant now = Instant.now();
            calls.put(call, new ObservedCall(instruments, call, Context.current(), System.nanoTime(),
                    TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano()));
        }
    }

    @Override
    public Headers requestHeaders(ApiCall call, TransportRequest request) {
        ObservedCall observed = calls.get(call);
        if (observed == null) {
            return Headers.empty();
        }
        Context context = observed.request(request.uri());
        TextMapPropagator propagator = observed.propagator();
        if (propagator == null) {
            return Headers.empty();
        }
        Headers.Builder headers = Headers.builder();
        propagator.inject(context, headers, HEADER_SETTER);
        return headers.build();
    }

    @Override
    public void onResponse(ApiCall call, int statusCode, Headers headers) {
        ObservedCall observed = calls.get(call);
        if (observed != null) {
            observed.response(statusCode);
        }
    }

    @Override
    public void onFirstChunk(ApiCall call) {
        ObservedCall observed = calls.get(call);
        if (observed != null) {
            observed.firstChunk();
        }
    }

    @Override
    public void onUsage(ApiCall call, long inputTokens, long outputTokens) {
        ObservedCall observed = calls.get(call);
        if (observed != null) {
            observed.usage(inputTokens, outputTokens);
        }
    }

    @Override
    public void onRetry(ApiCall call, int attempt, Throwable cause, Duration delay) {
        ObservedCall observed = calls.get(call);
        if (observed != null) {
            observed.retry(attempt, cause, delay);
        }
    }

    @Override
    public void onResult(ApiCall call, Object result) {
        ObservedCall observed = calls.get(call);
        if (observed != null) {
            observed.result(result);
        }
    }

    @Override
    public void onEnd(ApiCall call) {
        ObservedCall observed = calls.remove(call);
        if (observed != null) {
            observed.end(null);
        }
    }

    @Override
    public void onError(ApiCall call, Throwable error) {
        ObservedCall observed = calls.remove(call);
        if (observed != null) {
            observed.end(error);
        }
    }

    /** How many calls are being followed; a call leaves when it ends or fails. */
    int callsInFlight() {
        return calls.size();
    }

    @Override
    public String toString() {
        return "OpenTelemetryCallObserver{" + source + '}';
    }
}
