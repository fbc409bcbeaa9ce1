/**
 * OpenTelemetry spans and metrics for every call, per the GenAI semantic conventions, registered
 * as a {@link io.mistral4j.spi.CallObserver} through {@link java.util.ServiceLoader}, with a
 * {@link io.mistral4j.spi.RequestHeaderPropagator} that sends each call's trace context.
 */
package io.mistral4j.otel;
