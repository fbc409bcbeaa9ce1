package io.mistral4j.impl.embeddings;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.embeddings.EmbeddingsService;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.JsonCalls;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;

/** {@link EmbeddingsService} over {@code POST /v1/embeddings}. */
public final class DefaultEmbeddingsService implements EmbeddingsService {

    static final String PATH = "/v1/embeddings";
    private static final String OPERATION = "embeddings";

    private final JsonCalls calls;
    private final WithRawResponse raw = new Raw();

    public DefaultEmbeddingsService(CallExecutor executor) {
        this.calls = new JsonCalls(executor);
    }

    @Override
    public EmbeddingResponse create(EmbeddingRequest request, RequestOptions options) {
        return raw.create(request, options).value();
    }

    @Override
    public CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request, RequestOptions options) {
        return raw.createAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private ApiCall call(EmbeddingRequest request, RequestOptions options) {
        JsonCalls.requireRequest(request);
        return calls.post(OPERATION, request.model(), PATH, request, false, options);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<EmbeddingResponse> create(EmbeddingRequest request, RequestOptions options) {
            return calls.execute(call(request, options), EmbeddingResponse.class, EmbeddingResponse::usage);
        }

        @Override
        public CompletableFuture<ApiResponse<EmbeddingResponse>> createAsync(EmbeddingRequest request,
                                                                             RequestOptions options) {
            return calls.executeAsync(() -> call(request, options), EmbeddingResponse.class,
                    EmbeddingResponse::usage);
        }
    }
}
