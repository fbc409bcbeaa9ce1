package io.mistral4j.models;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Models: list and retrieve Mistral's models and your fine-tuned ones ({@code /v1/models}),
 * and rename, describe, archive, unarchive or delete a fine-tuned model
 * ({@code /v1/fine_tuning/models/{model_id}}). Every operation has an async form and a raw-response form;
 * settings for some calls only (a timeout, attempts, headers) go through {@link #withOptions}.
 */
public interface ModelsService {

    /** The models available to you ({@code GET /v1/models}), filtered by provider or model. */
    ModelList list(ModelListRequest request);

    /**
     * Asynchronous {@link #list(ModelListRequest)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelList> listAsync(ModelListRequest request);

    /** Every model available to you. */
    default ModelList list() {
        return list(ModelListRequest.all());
    }

    /** One model by id or alias ({@code GET /v1/models/{model_id}}). */
    ModelCard retrieve(String modelId);

    /**
     * Asynchronous {@link #retrieve(String)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelCard> retrieveAsync(String modelId);

    /** Deletes a fine-tuned model ({@code DELETE /v1/models/{model_id}}). */
    DeletedModel delete(String modelId);

    /**
     * Asynchronous {@link #delete(String)}; the future fails with the same typed exception.
     */
    CompletableFuture<DeletedModel> deleteAsync(String modelId);

    /** Renames or re-describes a fine-tuned model ({@code PATCH /v1/fine_tuning/models/{model_id}}). */
    FineTunedModel update(String modelId, UpdateModelRequest request);

    /**
     * Asynchronous {@link #update(String, UpdateModelRequest)}; the future fails with the
     * same typed exception.
     */
    CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request);

    /** Archives a fine-tuned model ({@code POST /v1/fine_tuning/models/{model_id}/archive}). */
    ModelArchiveStatus archive(String modelId);

    /**
     * Asynchronous {@link #archive(String)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId);

    /** Unarchives a fine-tuned model ({@code DELETE /v1/fine_tuning/models/{model_id}/archive}). */
    ModelArchiveStatus unarchive(String modelId);

    /**
     * Asynchronous {@link #unarchive(String)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Model operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /**
         * {@link ModelsService#list(ModelListRequest)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<ModelList> list(ModelListRequest request);

        /**
         * Asynchronous {@link #list(ModelListRequest)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request);

        /** Every model available to you, with the HTTP status, headers and raw body. */
        default ApiResponse<ModelList> list() {
            return list(ModelListRequest.all());
        }

        /**
         * {@link ModelsService#retrieve(String)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<ModelCard> retrieve(String modelId);

        /**
         * Asynchronous {@link #retrieve(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId);

        /**
         * {@link ModelsService#delete(String)} with the HTTP status, headers and raw body.
         */
        ApiResponse<DeletedModel> delete(String modelId);

        /**
         * Asynchronous {@link #delete(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId);

        /**
         * {@link ModelsService#update(String, UpdateModelRequest)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request);

        /**
         * Asynchronous {@link #update(String, UpdateModelRequest)}; the future fails with
         * the same typed exception.
         */
        CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request);

        /**
         * {@link ModelsService#archive(String)} with the HTTP status, headers and raw body.
         */
        ApiResponse<ModelArchiveStatus> archive(String modelId);

        /**
         * Asynchronous {@link #archive(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId);

        /**
         * {@link ModelsService#unarchive(String)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<ModelArchiveStatus> unarchive(String modelId);

        /**
         * Asynchronous {@link #unarchive(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId);

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
    ModelsService withOptions(RequestOptions options);
}
