package io.mistral4j.otel;

import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.MistralTimeoutException;

/**
 * The {@code error.type} this module reports, low in cardinality as the conventions ask: the
 * HTTP status for an error answer ({@code "429"}, {@code "500"}), {@code timeout} for a missed
 * deadline, and otherwise the exception's class name (e.g.
 * {@code io.mistral4j.errors.MistralConnectionException}).
 */
final class ErrorTypes {

    private ErrorTypes() {
    }

    static String of(Throwable error) {
        if (error instanceof MistralServiceException) {
            return Integer.toString(((MistralServiceException) error).statusCode());
        }
        if (error instanceof MistralTimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            return GenAiConventions.ERROR_TYPE_TIMEOUT;
        }
        return error.getClass().getName();
    }
}
