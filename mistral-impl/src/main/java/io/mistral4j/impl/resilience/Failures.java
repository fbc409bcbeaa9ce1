package io.mistral4j.impl.resilience;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.MistralTimeoutException;
import java.util.Set;

/** Which outcomes are worth another attempt, and which count against a circuit breaker. */
final class Failures {

    /** Timeout, conflict, rate limited, and the server's transient failures. */
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 409, 429, 500, 502, 503, 504);

    private Failures() {
    }

    static boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * Connection failures and per-attempt timeouts, and typed answers with a retryable status.
     * The call's own overall deadline, an open breaker and a spent local budget are final.
     */
    static boolean isRetryable(Throwable error) {
        if (error instanceof MistralTimeoutException) {
            return ((MistralTimeoutException) error).kind() != MistralTimeoutException.Kind.OVERALL;
        }
        if (error instanceof MistralConnectionException) {
            return true;
        }
        return error instanceof MistralServiceException
                && isRetryableStatus(((MistralServiceException) error).statusCode());
    }

    /** What a breaker counts as the server failing: no answer, or a 5xx. 4xx answers are the caller's. */
    static boolean isServerFailure(Throwable error) {
        if (error instanceof MistralConnectionException) {
            return true;
        }
        return error instanceof MistralServiceException && ((MistralServiceException) error).statusCode() >= 500;
    }

    static boolean isServerFailure(int status) {
        return status >= 500;
    }
}
