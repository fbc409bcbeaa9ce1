package io.mistral4j.impl.pipeline;

import io.mistral4j.ClientOptions;
import io.mistral4j.impl.http.Redactor;
import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.read.ReadStage;
import io.mistral4j.impl.read.Watchdog;
import io.mistral4j.impl.resilience.BudgetStores;
import io.mistral4j.impl.resilience.CircuitBreakerStage;
import io.mistral4j.impl.resilience.RateLimitStage;
import io.mistral4j.impl.resilience.RetryStage;
import io.mistral4j.impl.resilience.Timing;
import io.mistral4j.resilience.ResilienceSettings;
import io.mistral4j.spi.HttpTransport;
import java.util.concurrent.Executor;

/**
 * Assembles the decorator chain once per client, in Resilience4j's documented order,
 * outermost first (observation is the {@code CallExecutor} around the whole chain, which hands
 * the call's listener to the outermost stage):
 * <ol>
 *   <li>{@link RetryStage}: attempts, backoff, {@code Retry-After}, all within the call's deadline;</li>
 *   <li>{@link CircuitBreakerStage}: fails fast while the server keeps failing (left out when disabled);</li>
 *   <li>{@link RateLimitStage}: request and token budgets (left out when disabled);</li>
 *   <li>{@link AuthStage}: credentials, for the base URL's origin only;</li>
 *   <li>{@link ReadStage}: the attempt's response timeout, then reads its answer under the call's
 *   deadline and the size limits, far enough that its outcome is known;</li>
 *   <li>{@link WireLogStage}: at TRACE, each attempt as it goes on the wire;</li>
 *   <li>{@link TransportStage}: the HTTP transport.</li>
 * </ol>
 * Every attempt passes the breaker and spends from the budgets, because every attempt is a real
 * request the server counts; an open breaker or a spent budget ends the retries. The call's
 * deadline travels down as the request's {@code responseTimeout}: the time left in the call.
 */
public final class CallPipeline {

    private CallPipeline() {
    }

    /**
     * @param timing    the clock and waits of the decorators
     * @param watchdog  fires the read deadlines
     * @param executor  runs blocking reads and delayed retries of asynchronous calls
     */
    public static CallStage assemble(ClientOptions options, HttpTransport transport, Timing timing, Watchdog watchdog,
                                     Executor executor) {
        ResilienceSettings resilience = options.resilience();
        CallStage stage = new TransportStage(transport);
        stage = new WireLogStage(stage, Redactor.of(options));
        stage = new ReadStage(stage, resilience.responseTimeout(), resilience.streamIdleTimeout(), options.limits(),
                watchdog, executor);
        stage = new AuthStage(stage, options.authProvider(), options.baseUrl());
        if (resilience.rateLimit().enabled()) {
            stage = new RateLimitStage(stage, resilience.rateLimit(), new BudgetStores().select(options), timing,
                    executor);
        }
        if (CircuitBreakerStage.isNeeded(resilience)) {
            stage = new CircuitBreakerStage(stage, resilience, timing.clock());
        }
        return new RetryStage(stage, resilience.retry(), timing, timing::random, executor,
                Redactor.of(options));
    }
}
