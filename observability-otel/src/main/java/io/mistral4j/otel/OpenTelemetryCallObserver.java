package io.mistral4j.otel;

import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.ToolInvocation;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Reports every call to OpenTelemetry per the GenAI semantic conventions: one CLIENT span per
 * call and the {@code gen_ai.client.*} metrics (see {@link GenAiConventions}). Each call gets
 * its own listener, which holds the call's span; the observer keeps nothing of the calls.
 *
 * <p>Registered with {@link java.util.ServiceLoader}, so that adding this module to the class
 * path is enough: that instance reports to {@link io.opentelemetry.api.GlobalOpenTelemetry}
 * (as soon as it is set, e.g. by the OpenTelemetry Java agent) with the settings of the system
 * properties {@code otel.instrumentation.genai.capture-message-content} and
 * {@code mistral4j.otel.propagate-context} (or the environment variables
 * {@code OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT} and
 * {@code MISTRAL4J_OTEL_PROPAGATE_CONTEXT}). An instance from {@link MistralTelemetry} added
 * to a client builder replaces that one, so a call is never reported twice. The trace context
 * goes out through {@link OpenTelemetryHeaderPropagator}.
 */
public final class OpenTelemetryCallObserver implements CallObserver {

    private final InstrumentsSource source;

    /** The observer ServiceLoader creates: global OpenTelemetry, settings from the environment. */
    public OpenTelemetryCallObserver() {
        this(InstrumentsSource.global(TelemetrySettings.fromEnvironment()));
    }

    OpenTelemetryCallObserver(InstrumentsSource source) {
        this.source = source;
    }

    /** The call's span-keeping listener; {@link CallListener#NONE} while there is nothing to report to. */
    @Override
    public CallListener onStart(ApiCall call) {
        Instruments instruments = source.get();
        if (instruments == null) {
            return CallListener.NONE;
        }
        Instant now = Instant.now();
        return new ObservedCall(instruments, call, Context.current(), System.nanoTime(),
                TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano());
    }

    /** An INTERNAL {@code execute_tool {name}} span of the tool call, child of the current context. */
    @Override
    public CallListener onToolStart(ToolInvocation tool) {
        Instruments instruments = source.get();
        return instruments == null ? CallListener.NONE : ObservedTool.start(instruments, tool);
    }

    @Override
    public String toString() {
        return "OpenTelemetryCallObserver{" + source + '}';
    }
}
