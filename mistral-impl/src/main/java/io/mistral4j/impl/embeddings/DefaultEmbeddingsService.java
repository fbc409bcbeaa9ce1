package io.mistral4j.impl.embeddings;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.embeddings.EmbeddingsService;
import java.util.concurrent.CompletableFuture;

/** {@link EmbeddingsService} over {@code POST /v1/embeddings}. */
public final class DefaultEmbeddingsService implements EmbeddingsService {

    static final String PATH = "/v1/embeddings";

    static final Operation<EmbeddingRequest, EmbeddingResponse> CREATE = Operation
            .<EmbeddingRequest, EmbeddingResponse>post("embeddings", PATH, EmbeddingResponse.class)
            .safeToRepeat().usage(EmbeddingResponse::usage).jsonBody(EmbeddingRequest::model).build();

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultEmbeddingsService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultEmbeddingsService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public EmbeddingsService withOptions(RequestOptions options) {
        return new DefaultEmbeddingsService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<EmbeddingResponse> create(EmbeddingRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<EmbeddingResponse>> createAsync(EmbeddingRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultEmbeddingsService.this.withOptions(options).withRawResponse();
        }
    }
}
