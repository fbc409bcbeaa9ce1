package io.mistral4j.impl.resilience;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.MistralTimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
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

    /**
     * Failures that prove the request never reached the server: no connection could be made
     * (refused, no route, unknown host, connect timeout, no pooled connection free in time).
     * A connection lost later may have carried the whole request, so it proves nothing.
     */
    static boolean isBeforeSending(Throwable error) {
        if (error instanceof MistralTimeoutException) {
            return ((MistralTimeoutException) error).kind() == MistralTimeoutException.Kind.CONNECT;
        }
        if (!(error instanceof MistralConnectionException)) {
            return false;
        }
        int depth = 0;
        for (Throwable cause = error.getCause(); cause != null && depth < 16; cause = cause.getCause(), depth++) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
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
