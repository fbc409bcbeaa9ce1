/** OpenTelemetry spans and metrics for every call, registered as a {@link io.mistral4j.spi.CallObserver}. */
module io.mistral4j.otel {
    requires io.mistral4j.api;
    requires io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports io.mistral4j.otel;

    provides io.mistral4j.spi.CallObserver with io.mistral4j.otel.OpenTelemetryCallObserver;
}
