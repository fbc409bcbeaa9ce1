package io.mistral4j.impl.models;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.models.DeletedModel;
import io.mistral4j.models.FineTunedModel;
import io.mistral4j.models.ModelArchiveStatus;
import io.mistral4j.models.ModelCard;
import io.mistral4j.models.ModelList;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.models.ModelsService;
import io.mistral4j.models.UpdateModelRequest;
import java.util.concurrent.CompletableFuture;

/** {@link ModelsService} over {@code /v1/models} and {@code /v1/fine_tuning/models}. */
public final class DefaultModelsService implements ModelsService {

    static final String MODELS = "/v1/models";
    static final String FINE_TUNED_MODELS = "/v1/fine_tuning/models";

    static final Operation<ModelListRequest, ModelList> LIST = Operation
            .<ModelListRequest, ModelList>get("models.list", MODELS, ModelList.class)
            .encode((filters, call) -> call.request(filters).query("provider", filters.provider())
                    .query("model", filters.model()))
            .build();
    static final Operation<String, ModelCard> RETRIEVE = Operation
            .<String, ModelCard>get("models.retrieve", MODELS + "/{modelId}", ModelCard.class).pathId("modelId").build();
    static final Operation<String, DeletedModel> DELETE = Operation
            .<String, DeletedModel>delete("models.delete", MODELS + "/{modelId}", DeletedModel.class)
            .pathId("modelId").build();
    static final Operation<ModelUpdate, FineTunedModel> UPDATE = Operation
            .<ModelUpdate, FineTunedModel>patch("models.update", FINE_TUNED_MODELS + "/{modelId}", FineTunedModel.class)
            .encode((update, call) -> call.path("modelId", update.modelId()).json(update.request())
                    .model(update.modelId()))
            .build();
    static final Operation<String, ModelArchiveStatus> ARCHIVE = Operation
            .<String, ModelArchiveStatus>post("models.archive", FINE_TUNED_MODELS + "/{modelId}/archive",
                    ModelArchiveStatus.class)
            .pathId("modelId").build();
    static final Operation<String, ModelArchiveStatus> UNARCHIVE = Operation
            .<String, ModelArchiveStatus>delete("models.unarchive", FINE_TUNED_MODELS + "/{modelId}/archive",
                    ModelArchiveStatus.class)
            .pathId("modelId").build();

    /** The arguments of an update. */
    record ModelUpdate(String modelId, UpdateModelRequest request) {
    }

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultModelsService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultModelsService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public ModelsService withOptions(RequestOptions options) {
        return new DefaultModelsService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static ModelListRequest orAll(ModelListRequest request) {
        return request == null ? ModelListRequest.all() : request;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<ModelList> list(ModelListRequest request) {
            return operations.raw(LIST, orAll(request));
        }

        @Override
        public CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request) {
            return operations.rawAsync(LIST, orAll(request));
        }

        @Override
        public ApiResponse<ModelCard> retrieve(String modelId) {
            return operations.raw(RETRIEVE, modelId);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId) {
            return operations.rawAsync(RETRIEVE, modelId);
        }

        @Override
        public ApiResponse<DeletedModel> delete(String modelId) {
            return operations.raw(DELETE, modelId);
        }

        @Override
        public CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId) {
            return operations.rawAsync(DELETE, modelId);
        }

        @Override
        public ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request) {
            return operations.raw(UPDATE, new ModelUpdate(modelId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request) {
            return operations.rawAsync(UPDATE, new ModelUpdate(modelId, request));
        }

        @Override
        public ApiResponse<ModelArchiveStatus> archive(String modelId) {
            return operations.raw(ARCHIVE, modelId);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId) {
            return operations.rawAsync(ARCHIVE, modelId);
        }

        @Override
        public ApiResponse<ModelArchiveStatus> unarchive(String modelId) {
            return operations.raw(UNARCHIVE, modelId);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId) {
            return operations.rawAsync(UNARCHIVE, modelId);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultModelsService.this.withOptions(options).withRawResponse();
        }
    }
}
