package io.mistral4j.spi;

import io.mistral4j.RequestOptions;
import java.util.Map;
import java.util.Objects;

/**
 * One logical API operation as services describe it, before it becomes HTTP: what observers,
 * retries and rate limiters reason about.
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
 */
public record ApiCall(String operation, String model, String method, String path, Map<String, String> query,
                      RequestBody body, boolean streaming, Object request, RequestOptions options) {

    public ApiCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? Map.of() : query;
        options = options == null ? RequestOptions.none() : options;
    }

    @Override
    public String toString() {
        return operation + " " + method + " " + path + (model == null ? "" : " model=" + model);
    }
}
