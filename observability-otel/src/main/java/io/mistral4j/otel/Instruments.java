package io.mistral4j.otel;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * The tracer, the three histograms and the propagator one {@link OpenTelemetry} instance gives,
 * created once and shared by every call the observer sees.
 */
final class Instruments {

    final Tracer tracer;
    final LongHistogram tokenUsage;
    final DoubleHistogram operationDuration;
    final DoubleHistogram timeToFirstChunk;
    /** The propagator that writes request headers, or null when propagation is off. */
    final TextMapPropagator propagator;
    final boolean captureMessageContent;

    Instruments(OpenTelemetry openTelemetry, TelemetrySettings settings) {
        String version = LibraryVersion.get();
        this.tracer = openTelemetry.tracerBuilder(GenAiConventions.INSTRUMENTATION_SCOPE)
                .setInstrumentationVersion(version)
                .setSchemaUrl(GenAiConventions.SCHEMA_URL)
                .build();
        Meter meter = openTelemetry.meterBuilder(GenAiConventions.INSTRUMENTATION_SCOPE)
                .setInstrumentationVersion(version)
                .setSchemaUrl(GenAiConventions.SCHEMA_URL)
                .build();
        this.tokenUsage = meter.histogramBuilder(GenAiConventions.METRIC_TOKEN_USAGE)
                .setDescription("Number of input and output tokens used.")
                .setUnit(GenAiConventions.UNIT_TOKEN)
                .ofLongs()
                .setExplicitBucketBoundariesAdvice(GenAiConventions.TOKEN_USAGE_BUCKETS)
                .build();
        this.operationDuration = meter.histogramBuilder(GenAiConventions.METRIC_OPERATION_DURATION)
                .setDescription("GenAI operation duration.")
                .setUnit(GenAiConventions.UNIT_SECONDS)
                .setExplicitBucketBoundariesAdvice(GenAiConventions.DURATION_BUCKETS)
                .build();
        this.timeToFirstChunk = meter.histogramBuilder(GenAiConventions.METRIC_TIME_TO_FIRST_CHUNK)
                .setDescription("Time to receive the first chunk, measured from when the client issues the "
                        + "generation request to when the first chunk is received in the response stream.")
                .setUnit(GenAiConventions.UNIT_SECONDS)
                .setExplicitBucketBoundariesAdvice(GenAiConventions.DURATION_BUCKETS)
                .build();
        this.propagator = settings.propagateContext() ? propagatorOf(openTelemetry) : null;
        this.captureMessageContent = settings.captureMessageContent();
    }

    /**
     * The instance's own propagators; when it has none (an SDK built without any), W3C trace
     * context, since the user asked for {@code traceparent} to go out.
     */
    private static TextMapPropagator propagatorOf(OpenTelemetry openTelemetry) {
        TextMapPropagator configured = openTelemetry.getPropagators().getTextMapPropagator();
        return configured.fields().isEmpty() ? W3CTraceContextPropagator.getInstance() : configured;
    }
}
