package io.mistral4j.budget.redis;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Describes a failure of Redis or of the link to it in words, so that no Lettuce type leaves this module. */
final class RedisFailure {

    private RedisFailure() {
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return "unknown failure";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
