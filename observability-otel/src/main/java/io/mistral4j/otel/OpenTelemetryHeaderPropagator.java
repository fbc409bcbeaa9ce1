package io.mistral4j.otel;

import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.RequestHeaderPropagator;
import java.util.List;

/**
 * Sends the trace context of each call's span with its request ({@code traceparent}, through
 * the OpenTelemetry instance's propagators), when the telemetry reporting the call has context
 * propagation on. It finds the call's span in the listener {@link OpenTelemetryCallObserver}
 * handed out for the call, so it keeps no state and serves every client: the one
 * {@link java.util.ServiceLoader} registers is enough, and {@link MistralTelemetry#addTo} adds
 * one explicitly for class paths where ServiceLoader does not see this module.
 */
public final class OpenTelemetryHeaderPropagator implements RequestHeaderPropagator {

    /** The propagator ServiceLoader creates; stateless. */
    public OpenTelemetryHeaderPropagator() {
        // nothing to configure: what to send is the call's telemetry's to say
    }

    /** The {@code traceparent} (and whatever else the instance's propagators write) of the call's span. */
    @Override
    public Headers headersFor(ApiCall call, List<CallListener> listeners) {
        for (CallListener listener : listeners) {
            if (listener instanceof ObservedCall) {
                return ((ObservedCall) listener).traceHeaders();
            }
        }
        return Headers.empty();
    }

    @Override
    public String toString() {
        return "OpenTelemetryHeaderPropagator";
    }
}
