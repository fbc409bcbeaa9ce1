package io.mistral4j.otel;

import io.mistral4j.spi.CallObserver;
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
 * MistralClient client = MistralClient.builder().apiKey(key)
 *         .addObserver(telemetry.observer())
 *         .build();
 * }</pre>
 *
 * The observer added this way replaces the one this module registers with ServiceLoader (which
 * reports to {@code GlobalOpenTelemetry}), so a call is reported once.
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
