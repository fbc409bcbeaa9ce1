package io.mistral4j.spi;

/**
 * Follows the calls of a client: told of each call as it starts, it hands out that call's own
 * {@link CallListener}, which receives the rest of the call's events (OkHttp's
 * {@code EventListener.Factory} shape). Per-call state lives in the listener, so an observer
 * needs no map of the calls in flight.
 *
 * <pre>{@code
 * MistralClient client = MistralClient.builder().apiKey(key)
 *         .addObserver(call -> new CallListener() {
 *             private final long started = System.nanoTime();
 *
 *             public void onEnd() {
 *                 log.info("{} took {} ms", call, (System.nanoTime() - started) / 1_000_000);
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>{@link #onStart} must be fast and must never throw: an observer's exception is logged and
 * swallowed, and that observer then hears nothing more of the call. Observers cannot change
 * requests; headers a call should carry come from a {@link RequestHeaderPropagator}.
 *
 * <p>Observers found through {@link java.util.ServiceLoader} are added to every client; an
 * observer given to {@code MistralClient.Builder.addObserver} replaces a discovered one of the
 * same class, so configuring an observer explicitly never reports a call twice.
 */
@FunctionalInterface
public interface CallObserver {

    /**
     * The call is about to be attempted for the first time: its first event.
     *
     * @param call the call, as services describe it
     * @return the listener for the rest of this call's events; {@link CallListener#NONE} to ignore the call
     */
    CallListener onStart(ApiCall call);

    /**
     * A tool the model called is about to run (in a {@code ToolRunner} this observer was given to);
     * the returned listener hears {@link CallListener#onResult} with the text sent back to the model
     * then {@link CallListener#onEnd}, or only {@link CallListener#onError} when the tool failed or
     * timed out (a {@link java.util.concurrent.TimeoutException}).
     * Called on the thread that runs the loop; the default ignores tools.
     */
    default CallListener onToolStart(ToolInvocation tool) {
        return CallListener.NONE;
    }
}
