package io.mistral4j.transport.httpclient5;

import java.util.concurrent.Future;
import org.apache.hc.client5.http.async.AsyncExecRuntime;

/**
 * Abandons one exchange, connection and all, when its answer is closed before the end of the
 * body.
 *
 * <p>Cancelling the {@link Future} that HttpClient returns is not enough. HttpClient passes that
 * cancellation on to the step of the exchange that registered last, and a step registers when
 * it returns: when a pooled connection is leased at once (or a new one connects before the
 * calling thread goes on), the lease or connect step registers after the request is already
 * on its way, so the cancellation reaches only that finished step and the body goes on
 * arriving. Once the reader stops, the body buffer fills, HttpClient stops reading, and the
 * connection stays open with nothing left to end it. So the exchange's own runtime, which
 * {@link ExchangeAbortInterceptor} records on the clients the transport builds, is told to
 * discard its endpoint: the connection is closed at once and never goes back to the pool.
 */
final class ExchangeAbort {

    /** The context attribute that carries an exchange's abort to {@link ExchangeAbortInterceptor}. */
    static final String ATTRIBUTE = ExchangeAbort.class.getName();

    private volatile boolean aborted;
    private volatile Future<?> exchange;
    private volatile AsyncExecRuntime runtime;

    /** The exchange HttpClient started; cancelled at once if the abort came first. */
    void started(Future<?> started) {
        exchange = started;
        if (aborted) {
            started.cancel(true);
        }
    }

    /** The runtime that holds the exchange's connection. */
    void running(AsyncExecRuntime execRuntime) {
        runtime = execRuntime;
    }

    /** Closes the exchange's connection (when its runtime is known) and cancels the exchange. */
    void abort() {
        aborted = true;
        AsyncExecRuntime execRuntime = runtime;
        if (execRuntime != null) {
            execRuntime.discardEndpoint();
        }
        Future<?> started = exchange;
        if (started != null) {
            started.cancel(true);
        }
    }
}
