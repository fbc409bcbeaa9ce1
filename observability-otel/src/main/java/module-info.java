/**
 * OpenTelemetry spans and metrics for every call, registered as a {@link io.mistral4j.spi.CallObserver},
 * and the trace context of each call's span, registered as a {@link io.mistral4j.spi.RequestHeaderPropagator}.
 */
module io.mistral4j.otel {
    requires io.mistral4j.api;
    requires io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports io.mistral4j.otel;

    provides io.mistral4j.spi.CallObserver with io.mistral4j.otel.OpenTelemetryCallObserver;
    provides io.mistral4j.spi.RequestHeaderPropagator with io.mistral4j.otel.OpenTelemetryHeaderPropagator;
}
