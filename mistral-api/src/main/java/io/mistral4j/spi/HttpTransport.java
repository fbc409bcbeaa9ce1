package io.mistral4j.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The port every HTTP library plugs into. A transport sends one request and hands back the
 * status, headers and a body that is read as it arrives, so that streamed answers reach the
 * caller event by event. Implementations are thread-safe and reuse connections.
 *
 * <p>Failures below HTTP are reported as {@link io.mistral4j.errors.MistralConnectionException},
 * missed deadlines as {@link io.mistral4j.errors.MistralTimeoutException}; error statuses are
 * not failures here, they are answers.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends {@code request} and returns once the status line and headers have arrived. A transport
     * may first receive a small answer that is not a stream whole (within its deadlines), to spare
     * the caller a wake-up per read; streams are always handed over at their headers.
     */
    TransportResponse send(TransportRequest request);

    /** Like {@link #send} without blocking the caller; the future completes with the headers. */
    CompletableFuture<TransportResponse> sendAsync(TransportRequest request);

    /** Releases connections and threads; responses still open may fail afterwards. */
    @Override
    void close();
}
