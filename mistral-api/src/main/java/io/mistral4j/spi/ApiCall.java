package io.mistral4j.spi;

import io.mistral4j.RequestOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logical API operation as services describe it, before it becomes HTTP: what observers,
 * retries and rate limiters reason about.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param operation GenAI-style operation name, e.g. {@code chat}, {@code embeddings}, {@code files.upload}
 * @param model     the model the request names, or null
 * @param method    HTTP method
 * @param path      path below the base URL, e.g. {@code /v1/chat/completions}
 * @param query     query parameters in order (may be empty)
 * @param body      the body, or null
 * @param streaming whether the answer is an event stream
 * @param request   the typed request object (for observers reading parameters), or null
 * @param options   per-call options
 * @param listQuery query parameters sent once per value, after {@code query}
 *                  ({@code status=QUEUED&status=RUNNING}); may be empty
 * @param safeToRepeat whether sending the call twice cannot do its work twice (a read, a delete, a
 *                  stateless generation such as a chat completion); a call that creates state (an
 *                  upload, a job) is retried only when the server provably did not act on it
 */
public record ApiCall(String operation, String model, String method, String path, Map<String, String> query,
                      RequestBody body, boolean streaming, Object request, RequestOptions options,
                      Map<String, List<String>> listQuery, boolean safeToRepeat) {

    /**
     * Requires the operation, method and path; null query maps become empty and null options {@link
     * RequestOptions#none()}.
     */
    public ApiCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? Map.of() : query;
        options = options == null ? RequestOptions.none() : options;
        listQuery = listQuery == null ? Map.of() : listQuery;
    }

    /**
     * A call without repeated query parameters, safe to repeat when its method is one that
     * reads or deletes ({@code GET}, {@code HEAD}, {@code OPTIONS}, {@code DELETE}).
     */
    public ApiCall(String operation, String model, String method, String path, Map<String, String> query,
                   RequestBody body, boolean streaming, Object request, RequestOptions options) {
        this(operation, model, method, path, query, body, streaming, request, options, Map.of(),
                readsOrDeletes(method));
    }

    /** Whether an HTTP method only reads or deletes, so that sending it twice does no more than once. */
    public static boolean readsOrDeletes(String method) {
        switch (method.toUpperCase(java.util.Locale.ROOT)) {
            case "GET":
            case "HEAD":
            case "OPTIONS":
            case "DELETE":
                return true;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return operation + " " + method + " " + path + (model == null ? "" : " model=" + model);
    }
}
