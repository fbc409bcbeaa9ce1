package io.mistral4j.batch;

import java.util.Optional;

/**
 * The outcome of one request of a batch job, read from its output or error file.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id         the line's id
 * @param customId   the id you gave the request, or null
 * @param statusCode the HTTP status the request got, or null when it never ran
 * @param response   the decoded answer body, or null when it failed
 * @param rawBody    the answer body as JSON text, or null
 * @param error      why it failed, or null when it succeeded
 * @param <T>        the answer type
 */
public record BatchResult<T>(String id, String customId, Integer statusCode, T response, String rawBody,
                             Error error) {

    /** Whether the request was answered successfully. */
    public boolean isSuccess() {
        return error == null && response != null && (statusCode == null || statusCode < 300);
    }

    /** The decoded answer, empty when the request failed or never ran. */
    public Optional<T> responseIfAny() {
        return Optional.ofNullable(response);
    }

    /**
     * Why a request failed.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param message what went wrong
     * @param code    Mistral's error code, or null
     */
    public record Error(String message, String code) {
    }
}
