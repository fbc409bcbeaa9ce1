package io.mistral4j.impl.http;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the resource services (models, files, fine-tuning, batch) share: building their calls
 * and running them in sync and async form, where building a call may itself fail validation.
 */
public final class ServiceCalls {

    private final CallExecutor executor;

    public ServiceCalls(CallExecutor executor) {
        this.executor = executor;
    }

    public CallExecutor executor() {
        return executor;
    }

    /** Builds the call (which may throw a validation error) and runs it. */
    public <T> ApiResponse<T> sync(Supplier<ApiCall> call, Type type) {
        return executor.execute(call.get(), type);
    }

    /** Builds the call and runs it; a validation error becomes a failed future. */
    public <T> CompletableFuture<ApiResponse<T>> async(Supplier<ApiCall> call, Type type) {
        ApiCall built;
        try {
            built = call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executor.executeAsync(built, type);
    }

    /** A call without a body. */
    public static ApiCall call(String operation, String method, String path, Map<String, String> query,
                               Map<String, List<String>> listQuery, Object request, RequestOptions options) {
        return new ApiCall(operation, null, method, path, query, null, false, request, orNone(options), listQuery);
    }

    /** A call with a JSON body. */
    public ApiCall jsonCall(String operation, String model, String method, String path, Map<String, String> query,
                            Object body, RequestOptions options) {
        byte[] json = executor.codec().toJsonBytes(body);
        return new ApiCall(operation, model, method, path, query, RequestBody.ofBytes(json, "application/json"),
                false, body, orNone(options));
    }

    public static RequestOptions orNone(RequestOptions options) {
        return options == null ? RequestOptions.none() : options;
    }
}
