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
    default ModelList list(ModelListRequest request) {
        return withRawResponse().list(request).value();
    }

    /**
     * Asynchronous {@link #list(ModelListRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<ModelList> listAsync(ModelListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** Every model available to you. */
    default ModelList list() {
        return list(ModelListRequest.all());
    }

    /** One model by id or alias ({@code GET /v1/models/{model_id}}). */
    default ModelCard retrieve(String modelId) {
        return withRawResponse().retrieve(modelId).value();
    }

    /**
     * Asynchronous {@link #retrieve(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<ModelCard> retrieveAsync(String modelId) {
        return withRawResponse().retrieveAsync(modelId).thenApply(ApiResponse::value);
    }

    /** Deletes a fine-tuned model ({@code DELETE /v1/models/{model_id}}). */
    default DeletedModel delete(String modelId) {
        return withRawResponse().delete(modelId).value();
    }

    /**
     * Asynchronous {@link #delete(String)}; the future fails with the same typed exception.
     */
    default CompletableFuture<DeletedModel> deleteAsync(String modelId) {
        return withRawResponse().deleteAsync(modelId).thenApply(ApiResponse::value);
    }

    /** Renames or re-describes a fine-tuned model ({@code PATCH /v1/fine_tuning/models/{model_id}}). */
    default FineTunedModel update(String modelId, UpdateModelRequest request) {
        return withRawResponse().update(modelId, request).value();
    }

    /**
     * Asynchronous {@link #update(String, UpdateModelRequest)}; the future fails with the
     * same typed exception.
     */
    default CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request) {
        return withRawResponse().updateAsync(modelId, request).thenApply(ApiResponse::value);
    }

    /** Archives a fine-tuned model ({@code POST /v1/fine_tuning/models/{model_id}/archive}). */
    default ModelArchiveStatus archive(String modelId) {
        return withRawResponse().archive(modelId).value();
    }

    /**
     * Asynchronous {@link #archive(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId) {
        return withRawResponse().archiveAsync(modelId).thenApply(ApiResponse::value);
    }

    /** Unarchives a fine-tuned model ({@code DELETE /v1/fine_tuning/models/{model_id}/archive}). */
    default ModelArchiveStatus unarchive(String modelId) {
        return withRawResponse().unarchive(modelId).value();
    }

    /**
     * Asynchronous {@link #unarchive(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId) {
        return withRawResponse().unarchiveAsync(modelId).thenApply(ApiResponse::value);
    }

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
