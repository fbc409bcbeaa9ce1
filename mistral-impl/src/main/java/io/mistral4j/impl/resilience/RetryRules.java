package io.mistral4j.impl.resilience;

import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.spi.ApiCall;

/**
 * Which failed attempts of a call may be tried again, given what the call does. A call that is
 * {@linkplain OperationSafety safe to repeat} is retried on every retryable failure. A call that
 * creates state is retried only when the server provably did not act on it: the connection
 * could not be made, or the answer was 429. Its caller may opt in to more
 * ({@code RequestOptions.retryStateCreating}), but never to retrying a 409, which says the
 * server already holds a conflicting state, perhaps the one the first attempt created.
 */
final class RetryRules {

    private static final int CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;

    private RetryRules() {
    }

    static boolean mayRetry(ApiCall call, Throwable error) {
        if (!Failures.isRetryable(error)) {
            return false;
        }
        if (error instanceof MistralServiceException) {
            return mayRetry(call, ((MistralServiceException) error).statusCode());
        }
        return repeatable(call) || Failures.isBeforeSending(error);
    }

    static boolean mayRetry(ApiCall call, int status) {
        if (!Failures.isRetryableStatus(status)) {
            return false;
        }
        if (OperationSafety.isSafeToRepeat(call) || status == TOO_MANY_REQUESTS) {
            return true;
        }
        return status != CONFLICT && call.options().retryStateCreating();
    }

    private static boolean repeatable(ApiCall call) {
        return OperationSafety.isSafeToRepeat(call) || call.options().retryStateCreating();
    }
}
