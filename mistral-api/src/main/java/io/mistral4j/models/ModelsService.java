package io.mistral4j.models;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Models: list and retrieve Mistral's models and your fine-tuned ones ({@code /v1/models}),
 * and rename, describe, archive, unarchive or delete a fine-tuned model
 * ({@code /v1/fine_tuning/models/{model_id}}). Every operation has a variant taking
 * {@link RequestOptions}, an async form and a raw-response form.
 */
public interface ModelsService {

    /** The models available to you ({@code GET /v1/models}), filtered by provider or model. */
    ModelList list(ModelListRequest request, RequestOptions options);

    /** {@link #list(ModelListRequest, RequestOptions)} with the client's default options. */
    default ModelList list(ModelListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #list(ModelListRequest, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelList> listAsync(ModelListRequest request, RequestOptions options);

    /** {@link #listAsync(ModelListRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<ModelList> listAsync(ModelListRequest request) {
        return listAsync(request, RequestOptions.none());
    }

    /** Every model available to you. */
    default ModelList list() {
        return list(ModelListRequest.all());
    }

    /** One model by id or alias ({@code GET /v1/models/{model_id}}). */
    ModelCard retrieve(String modelId, RequestOptions options);

    /** {@link #retrieve(String, RequestOptions)} with the client's default options. */
    default ModelCard retrieve(String modelId) {
        return retrieve(modelId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #retrieve(String, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelCard> retrieveAsync(String modelId, RequestOptions options);

    /** {@link #retrieveAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<ModelCard> retrieveAsync(String modelId) {
        return retrieveAsync(modelId, RequestOptions.none());
    }

    /** Deletes a fine-tuned model ({@code DELETE /v1/models/{model_id}}). */
    DeletedModel delete(String modelId, RequestOptions options);

    /** {@link #delete(String, RequestOptions)} with the client's default options. */
    default DeletedModel delete(String modelId) {
        return delete(modelId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #delete(String, RequestOptions)}; the future fails with the same typed exception.
     */
    CompletableFuture<DeletedModel> deleteAsync(String modelId, RequestOptions options);

    /** {@link #deleteAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<DeletedModel> deleteAsync(String modelId) {
        return deleteAsync(modelId, RequestOptions.none());
    }

    /** Renames or re-describes a fine-tuned model ({@code PATCH /v1/fine_tuning/models/{model_id}}). */
    FineTunedModel update(String modelId, UpdateModelRequest request, RequestOptions options);

    /** {@link #update(String, UpdateModelRequest, RequestOptions)} with the client's default options. */
    default FineTunedModel update(String modelId, UpdateModelRequest request) {
        return update(modelId, request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #update(String, UpdateModelRequest, RequestOptions)}; the future fails with the
     * same typed exception.
     */
    CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request, RequestOptions options);

    /** {@link #updateAsync(String, UpdateModelRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request) {
        return updateAsync(modelId, request, RequestOptions.none());
    }

    /** Archives a fine-tuned model ({@code POST /v1/fine_tuning/models/{model_id}/archive}). */
    ModelArchiveStatus archive(String modelId, RequestOptions options);

    /** {@link #archive(String, RequestOptions)} with the client's default options. */
    default ModelArchiveStatus archive(String modelId) {
        return archive(modelId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #archive(String, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId, RequestOptions options);

    /** {@link #archiveAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId) {
        return archiveAsync(modelId, RequestOptions.none());
    }

    /** Unarchives a fine-tuned model ({@code DELETE /v1/fine_tuning/models/{model_id}/archive}). */
    ModelArchiveStatus unarchive(String modelId, RequestOptions options);

    /** {@link #unarchive(String, RequestOptions)} with the client's default options. */
    default ModelArchiveStatus unarchive(String modelId) {
        return unarchive(modelId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #unarchive(String, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId, RequestOptions options);

    /** {@link #unarchiveAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId) {
        return unarchiveAsync(modelId, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Model operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /**
         * {@link ModelsService#list(ModelListRequest, RequestOptions)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<ModelList> list(ModelListRequest request, RequestOptions options);

        /** {@link #list(ModelListRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<ModelList> list(ModelListRequest request) {
            return list(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #list(ModelListRequest, RequestOptions)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request, RequestOptions options);

        /** {@link #listAsync(ModelListRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request) {
            return listAsync(request, RequestOptions.none());
        }

        /** Every model available to you, with the HTTP status, headers and raw body. */
        default ApiResponse<ModelList> list() {
            return list(ModelListRequest.all());
        }

        /**
         * {@link ModelsService#retrieve(String, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<ModelCard> retrieve(String modelId, RequestOptions options);

        /** {@link #retrieve(String, RequestOptions)} with the client's default options. */
        default ApiResponse<ModelCard> retrieve(String modelId) {
            return retrieve(modelId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #retrieve(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId, RequestOptions options);

        /** {@link #retrieveAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId) {
            return retrieveAsync(modelId, RequestOptions.none());
        }

        /**
         * {@link ModelsService#delete(String, RequestOptions)} with the HTTP status, headers and raw body.
         */
        ApiResponse<DeletedModel> delete(String modelId, RequestOptions options);

        /** {@link #delete(String, RequestOptions)} with the client's default options. */
        default ApiResponse<DeletedModel> delete(String modelId) {
            return delete(modelId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #delete(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId, RequestOptions options);

        /** {@link #deleteAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId) {
            return deleteAsync(modelId, RequestOptions.none());
        }

        /**
         * {@link ModelsService#update(String, UpdateModelRequest, RequestOptions)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request, RequestOptions options);

        /** {@link #update(String, UpdateModelRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request) {
            return update(modelId, request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #update(String, UpdateModelRequest, RequestOptions)}; the future fails with
         * the same typed exception.
         */
        CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request, RequestOptions options);

        /**
         * {@link #updateAsync(String, UpdateModelRequest, RequestOptions)} with the client's default
         * options.
         */
        default CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request) {
            return updateAsync(modelId, request, RequestOptions.none());
        }

        /**
         * {@link ModelsService#archive(String, RequestOptions)} with the HTTP status, headers and raw body.
         */
        ApiResponse<ModelArchiveStatus> archive(String modelId, RequestOptions options);

        /** {@link #archive(String, RequestOptions)} with the client's default options. */
        default ApiResponse<ModelArchiveStatus> archive(String modelId) {
            return archive(modelId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #archive(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId, RequestOptions options);

        /** {@link #archiveAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId) {
            return archiveAsync(modelId, RequestOptions.none());
        }

        /**
         * {@link ModelsService#unarchive(String, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<ModelArchiveStatus> unarchive(String modelId, RequestOptions options);

        /** {@link #unarchive(String, RequestOptions)} with the client's default options. */
        default ApiResponse<ModelArchiveStatus> unarchive(String modelId) {
            return unarchive(modelId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #unarchive(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId, RequestOptions options);

        /** {@link #unarchiveAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId) {
            return unarchiveAsync(modelId, RequestOptions.none());
        }
    }
}
