package io.mistral4j.impl.transport.kit;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.tck.transport.HttpTransportVerification;
import java.time.Duration;

/** The kit against {@link BrokenTransports#buffering}; run by {@link TheKitCatchesBrokenTransportsTest} only. */
class BufferingTransportVerification extends HttpTransportVerification {

    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        return BrokenTransports.buffering(config);
    }

    /** The leaks here are certain; no need to wait long for them to go away. */
    @Override
    protected Duration leakGracePeriod() {
        return Duration.ofSeconds(2);
    }
}
