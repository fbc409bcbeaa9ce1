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

    default ModelList list(ModelListRequest request) {
        return list(request, RequestOptions.none());
    }

    CompletableFuture<ModelList> listAsync(ModelListRequest request, RequestOptions options);

    default CompletableFuture<ModelList> listAsync(ModelListRequest request) {
        return listAsync(request, RequestOptions.none());
    }

    /** Every model available to you. */
    default ModelList list() {
        return list(ModelListRequest.all());
    }

    /** One model by id or alias ({@code GET /v1/models/{model_id}}). */
    ModelCard retrieve(String modelId, RequestOptions options);

    default ModelCard retrieve(String modelId) {
        return retrieve(modelId, RequestOptions.none());
    }

    CompletableFuture<ModelCard> retrieveAsync(String modelId, RequestOptions options);

    default CompletableFuture<ModelCard> retrieveAsync(String modelId) {
        return retrieveAsync(modelId, RequestOptions.none());
    }

    /** Deletes a fine-tuned model ({@code DELETE /v1/models/{model_id}}). */
    DeletedModel delete(String modelId, RequestOptions options);

    default DeletedModel delete(String modelId) {
        return delete(modelId, RequestOptions.none());
    }

    CompletableFuture<DeletedModel> deleteAsync(String modelId, RequestOptions options);

    default CompletableFuture<DeletedModel> deleteAsync(String modelId) {
        return deleteAsync(modelId, RequestOptions.none());
    }

    /** Renames or re-describes a fine-tuned model ({@code PATCH /v1/fine_tuning/models/{model_id}}). */
    FineTunedModel update(String modelId, UpdateModelRequest request, RequestOptions options);

    default FineTunedModel update(String modelId, UpdateModelRequest request) {
        return update(modelId, request, RequestOptions.none());
    }

    CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request, RequestOptions options);

    default CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request) {
        return updateAsync(modelId, request, RequestOptions.none());
    }

    /** Archives a fine-tuned model ({@code POST /v1/fine_tuning/models/{model_id}/archive}). */
    ModelArchiveStatus archive(String modelId, RequestOptions options);

    default ModelArchiveStatus archive(String modelId) {
        return archive(modelId, RequestOptions.none());
    }

    CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId, RequestOptions options);

    default CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId) {
        return archiveAsync(modelId, RequestOptions.none());
    }

    /** Unarchives a fine-tuned model ({@code DELETE /v1/fine_tuning/models/{model_id}/archive}). */
    ModelArchiveStatus unarchive(String modelId, RequestOptions options);

    default ModelArchiveStatus unarchive(String modelId) {
        return unarchive(modelId, RequestOptions.none());
    }

    CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId, RequestOptions options);

    default CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId) {
        return unarchiveAsync(modelId, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Model operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        ApiResponse<ModelList> list(ModelListRequest request, RequestOptions options);

        default ApiResponse<ModelList> list(ModelListRequest request) {
            return list(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request, RequestOptions options);

        default CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request) {
            return listAsync(request, RequestOptions.none());
        }

        default ApiResponse<ModelList> list() {
            return list(ModelListRequest.all());
        }

        ApiResponse<ModelCard> retrieve(String modelId, RequestOptions options);

        default ApiResponse<ModelCard> retrieve(String modelId) {
            return retrieve(modelId, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId, RequestOptions options);

        default CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId) {
            return retrieveAsync(modelId, RequestOptions.none());
        }

        ApiResponse<DeletedModel> delete(String modelId, RequestOptions options);

        default ApiResponse<DeletedModel> delete(String modelId) {
            return delete(modelId, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId, RequestOptions options);

        default CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId) {
            return deleteAsync(modelId, RequestOptions.none());
        }

        ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request, RequestOptions options);

        default ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request) {
            return update(modelId, request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request, RequestOptions options);

        default CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request) {
            return updateAsync(modelId, request, RequestOptions.none());
        }

        ApiResponse<ModelArchiveStatus> archive(String modelId, RequestOptions options);

        default ApiResponse<ModelArchiveStatus> archive(String modelId) {
            return archive(modelId, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId, RequestOptions options);

        default CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId) {
            return archiveAsync(modelId, RequestOptions.none());
        }

        ApiResponse<ModelArchiveStatus> unarchive(String modelId, RequestOptions options);

        default ApiResponse<ModelArchiveStatus> unarchive(String modelId) {
            return unarchive(modelId, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId, RequestOptions options);

        default CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId) {
            return unarchiveAsync(modelId, RequestOptions.none());
        }
    }
}
