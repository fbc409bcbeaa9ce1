package io.mistral4j.resilience;

import io.mistral4j.Durations;
import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The resilience part of a client's configuration, as validated by
 * {@link io.mistral4j.MistralClient.Builder#build()}. Missing parts take their defaults; a
 * timeout must be positive and is cut to {@link Durations#MAX}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param retry                 how failed calls are retried
 * @param circuitBreaker        the breaker shared by every call outside the groups below
 * @param circuitBreakerGroups  breakers of their own for endpoint groups, by group name: a
 *                              group {@code files} covers the operations {@code files} and
 *                              {@code files.*}; the longest matching name wins
 * @param rateLimit             client-side request and token budgets
 * @param responseTimeout       longest wait for an attempt's status line and headers
 * @param streamIdleTimeout     longest wait between two events of a streamed answer
 */
public record ResilienceSettings(RetryPolicy retry, CircuitBreakerPolicy circuitBreaker,
                                 Map<String, CircuitBreakerPolicy> circuitBreakerGroups, RateLimitPolicy rateLimit,
                                 Duration responseTimeout, Duration streamIdleTimeout) {

    /** Default response wait: a long non-streamed completion sends its headers only when done. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofMinutes(5);
    /**
     * Default wait between two events of a streamed answer before a {@code MistralTimeoutException} of kind
     * {@code IDLE}.
     */
    public static final Duration DEFAULT_STREAM_IDLE_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Fills missing parts with their defaults, copies the groups sorted and unmodifiable, and validates: a
     * blank group name or a timeout that is not positive is a {@link ValidationException}.
     */
    public ResilienceSettings {
        retry = Objects.requireNonNullElse(retry, RetryPolicy.defaults());
        circuitBreaker = Objects.requireNonNullElse(circuitBreaker, CircuitBreakerPolicy.defaults());
        TreeMap<String, CircuitBreakerPolicy> groups = new TreeMap<>();
        if (circuitBreakerGroups != null) {
            circuitBreakerGroups.forEach((group, policy) -> {
                if (group == null || group.isBlank()) {
                    throw new ValidationException("circuitBreaker.endpointGroup", "must not be blank");
                }
                groups.put(group, Objects.requireNonNullElse(policy, CircuitBreakerPolicy.defaults()));
            });
        }
        circuitBreakerGroups = java.util.Collections.unmodifiableMap(groups);
        rateLimit = Objects.requireNonNullElse(rateLimit, RateLimitPolicy.disabled());
        responseTimeout = responseTimeout == null ? DEFAULT_RESPONSE_TIMEOUT
                : Durations.requirePositive("responseTimeout", responseTimeout);
        streamIdleTimeout = streamIdleTimeout == null ? DEFAULT_STREAM_IDLE_TIMEOUT
                : Durations.requirePositive("streamIdleTimeout", streamIdleTimeout);
    }

    /** Retries, one breaker and no budgets; 5 min for headers, 60 s between stream events. */
    public static ResilienceSettings defaults() {
        return new ResilienceSettings(null, null, null, null, null, null);
    }

    /** The breaker policy of the group {@code operation} belongs to, or the client-wide one. */
    public CircuitBreakerPolicy circuitBreakerFor(String operation) {
        String group = groupOf(operation);
        return group == null ? circuitBreaker : circuitBreakerGroups.get(group);
    }

    /** The configured group {@code operation} belongs to (longest match), or null for the client-wide breaker. */
    public String groupOf(String operation) {
        String best = null;
        for (String group : circuitBreakerGroups.keySet()) {
            boolean matches = operation.equals(group) || operation.startsWith(group + ".");
            if (matches && (best == null || group.length() > best.length())) {
                best = group;
            }
        }
        return best;
    }
}
