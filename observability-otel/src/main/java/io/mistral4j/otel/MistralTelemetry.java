package io.mistral4j.otel;

import io.mistral4j.MistralClient;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.RequestHeaderPropagator;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * OpenTelemetry for a Mistral4J client with an {@link OpenTelemetry} instance of the
 * application's choosing, for when the global one is not what the client should use.
 *
 * <pre>{@code
 * MistralTelemetry telemetry = MistralTelemetry.builder(openTelemetry)
 *         .propagateContext(true)           // send traceparent
 *         .captureMessageContent(false)     // the default: messages may hold personal data
 *         .build();
 * MistralClient client = telemetry.addTo(MistralClient.builder().apiKey(key)).build();
 * }</pre>
 *
 * {@link #addTo} adds both the {@link #observer()} (spans and metrics) and the
 * {@link #headerPropagator()} (the {@code traceparent} of each call's span, when propagation is
 * on). They replace the ones this module registers with ServiceLoader (which report to
 * {@code GlobalOpenTelemetry}), so a call is reported once.
 */
public final class MistralTelemetry {

    private final InstrumentsSource source;

    private MistralTelemetry(InstrumentsSource source) {
        this.source = source;
    }

    /** Telemetry with {@code openTelemetry}, message capture and context propagation off. */
    public static MistralTelemetry create(OpenTelemetry openTelemetry) {
        return builder(openTelemetry).build();
    }

    public static Builder builder(OpenTelemetry openTelemetry) {
        return new Builder(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * An observer to add to {@code MistralClient.Builder.addObserver}. Each call of this method
     * returns a new observer; they share this instance's tracer and instruments.
     */
    public CallObserver observer() {
        return new OpenTelemetryCallObserver(source);
    }

    /**
     * The propagator that sends each call's trace context, to add to
     * {@code MistralClient.Builder.addHeaderPropagator}: it sends it for calls that an observer
     * of this module reports with propagation on, and nothing for others.
     */
    public RequestHeaderPropagator headerPropagator() {
        return new OpenTelemetryHeaderPropagator();
    }

    /**
     * Adds this telemetry's {@link #observer()} and {@link #headerPropagator()} to
     * {@code builder}.
     *
     * @return {@code builder}, to go on configuring it
     */
    public MistralClient.Builder addTo(MistralClient.Builder builder) {
        return builder.addObserver(observer()).addHeaderPropagator(headerPropagator());
    }

    /** Configures a {@link MistralTelemetry}. */
    public static final class Builder {
        private final OpenTelemetry openTelemetry;
        private boolean captureMessageContent;
        private boolean propagateContext;

        private Builder(OpenTelemetry openTelemetry) {
            this.openTelemetry = openTelemetry;
        }

        /**
         * Records the messages sent and the completions received on the spans
         * ({@code gen_ai.input.messages}, {@code gen_ai.output.messages}). Off by default, as
         * the conventions require: messages may hold personal or confidential data.
         */
        public Builder captureMessageContent(boolean capture) {
            this.captureMessageContent = capture;
            return this;
        }

        /**
         * Sends the trace context of each call's span with its request ({@code traceparent},
         * through the instance's propagators, or W3C trace context when it has none). Off by
         * default.
         */
        public Builder propagateContext(boolean propagate) {
            this.propagateContext = propagate;
            return this;
        }

        public MistralTelemetry build() {
            return new MistralTelemetry(InstrumentsSource.of(openTelemetry,
                    new TelemetrySettings(captureMessageContent, propagateContext)));
        }
    }
}
