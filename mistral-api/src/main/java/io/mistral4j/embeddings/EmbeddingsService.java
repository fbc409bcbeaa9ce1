package io.mistral4j.embeddings;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Text embeddings ({@code POST /v1/embeddings}).
 *
 * <pre>{@code
 * EmbeddingResponse response = client.embeddings().create(EmbeddingRequest.builder()
 *         .model("mistral-embed")
 *         .input("first text", "second text")
 *         .build());
 * float[] first = response.vectors().get(0);
 * }</pre>
 *
 * <p>Vectors arrive as JSON number arrays by default. With
 * {@code encodingFormat(EncodingFormat.BASE64)} the server may send each as a base64 string;
 * it is decoded as little-endian float32 values, the convention of OpenAI-compatible APIs.
 * The published spec declares only the number array, so the string form is unverified
 * against the live API; either form yields the same {@code float[]}.
 */
public interface EmbeddingsService {

    /**
     * Embeds the request's texts, blocking until the answer arrives; errors are thrown as
     * {@link io.mistral4j.errors.MistralException}s.
     */
    default EmbeddingResponse create(EmbeddingRequest request) {
        return withRawResponse().create(request).value();
    }

    /** Embeds the request's texts without blocking; the future fails with the same errors {@code create} throws. */
    default CompletableFuture<EmbeddingResponse> createAsync(EmbeddingRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Embedding operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Embeds the request's texts and returns the value with the HTTP answer. */
        ApiResponse<EmbeddingResponse> create(EmbeddingRequest request);

        /** Embeds the request's texts without blocking and completes with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<EmbeddingResponse>> createAsync(EmbeddingRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    EmbeddingsService withOptions(RequestOptions options);
}
