package io.mistral4j.impl.http;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.Usage;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON request/response operations of the services: builds a {@code POST} call from a
 * typed request, runs it sync or async through the {@link CallExecutor}, and reports the
 * token usage of the answer to the observers.
 */
public final class JsonCalls {

    private static final JsonObject STREAM_FIELD = streamField();

    private final CallExecutor executor;

    public JsonCalls(CallExecutor executor) {
        this.executor = executor;
    }

    public CallExecutor executor() {
        return executor;
    }

    /**
     * A {@code POST} of {@code request} as JSON. A streaming call adds {@code "stream":true},
     * which the typed requests do not hold.
     *
     * @throws ValidationException if {@code request} is null
     */
    public ApiCall post(String operation, String model, String path, Object request, boolean streaming,
                        RequestOptions options) {
        requireRequest(request);
        byte[] body = streaming ? executor.codec().toJsonBytes(request, STREAM_FIELD)
                : executor.codec().toJsonBytes(request);
        return new ApiCall(operation, model, "POST", path, null, RequestBody.ofBytes(body, "application/json"),
                streaming, request, options == null ? RequestOptions.none() : options);
    }

    /**
     * Runs {@code call} and decodes the answer as {@code type}; {@code usage} (nullable) tells
     * the token usage of an answer, which the observers get before the call ends.
     */
    public <T> ApiResponse<T> execute(ApiCall call, Type type, Function<T, Usage> usage) {
        return executor.execute(call, type, usage);
    }

    /**
     * Like {@link #execute} without blocking. The call is built by {@code call} so that an
     * invalid request fails the returned future instead of throwing.
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(Supplier<ApiCall> call, Type type,
                                                              Function<T, Usage> usage) {
        ApiCall built;
        try {
            built = call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executor.executeAsync(built, type, usage);
    }

    /** Refuses a null request before anything is sent. */
    public static void requireRequest(Object request) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
    }

    private static JsonObject streamField() {
        JsonObject field = new JsonObject();
        field.add("stream", new JsonPrimitive(true));
        return field;
    }
}
