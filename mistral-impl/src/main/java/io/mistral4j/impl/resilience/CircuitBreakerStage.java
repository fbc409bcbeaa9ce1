package io.mistral4j.impl.resilience;

import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.ResilienceSettings;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Fails calls fast while the server keeps failing. Every attempt asks the breaker of its
 * endpoint group (or the client-wide one) for permission and reports its outcome, so retries
 * feed the breaker and an open breaker ends them.
 */
public final class CircuitBreakerStage implements CallStage {

    /** The name of the breaker that guards the operations outside every configured group. */
    public static final String CLIENT_BREAKER = "client";

    private final CallStage next;
    private final ResilienceSettings settings;
    private final Breaker clientBreaker;
    private final Map<String, Breaker> groupBreakers = new HashMap<>();

    public CircuitBreakerStage(CallStage next, ResilienceSettings settings, Clock clock) {
        this.next = next;
        this.settings = settings;
        this.clientBreaker = settings.circuitBreaker().enabled()
                ? new Breaker(CLIENT_BREAKER, settings.circuitBreaker(), clock) : null;
        settings.circuitBreakerGroups().forEach((group, policy) -> {
            if (policy.enabled()) {
                groupBreakers.put(group, new Breaker(group, policy, clock));
            }
        });
    }

    /** Whether any call of these settings can meet a breaker; otherwise the stage is left out. */
    public static boolean isNeeded(ResilienceSettings settings) {
        return settings.circuitBreaker().enabled()
                || settings.circuitBreakerGroups().values().stream().anyMatch(CircuitBreakerPolicy::enabled);
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        Breaker breaker = breakerFor(call);
        if (breaker == null) {
            return next.send(call, request);
        }
        long started = breaker.acquire();
        TransportResponse response;
        try {
            response = next.send(call, request);
        } catch (RuntimeException e) {
            breaker.onFailure(started, e);
            throw e;
        }
        breaker.onAnswer(started, response.statusCode());
        return response;
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        Breaker breaker = breakerFor(call);
        if (breaker == null) {
            return next.sendAsync(call, request);
        }
        long started;
        CompletableFuture<TransportResponse> sent;
        try {
            started = breaker.acquire();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        try {
            sent = next.sendAsync(call, request);
        } catch (RuntimeException e) {
            breaker.onFailure(started, e);
            return CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((response, error) -> {
            if (error != null) {
                breaker.onFailure(started, error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            } else {
                breaker.onAnswer(started, response.statusCode());
            }
        });
    }

    /** The breaker of the call's endpoint group, the client-wide one, or null when that is disabled. */
    private Breaker breakerFor(ApiCall call) {
        String group = settings.groupOf(call.operation());
        if (group != null) {
            return groupBreakers.get(group);
        }
        return clientBreaker;
    }
}
