package io.mistral4j.impl.models;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.PathSegments;
import io.mistral4j.impl.http.Query;
import io.mistral4j.impl.http.ServiceCalls;
import io.mistral4j.models.DeletedModel;
import io.mistral4j.models.FineTunedModel;
import io.mistral4j.models.ModelArchiveStatus;
import io.mistral4j.models.ModelCard;
import io.mistral4j.models.ModelList;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.models.ModelsService;
import io.mistral4j.models.UpdateModelRequest;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;

/** {@link ModelsService} over {@code /v1/models} and {@code /v1/fine_tuning/models}. */
public final class DefaultModelsService implements ModelsService {

    static final String MODELS = "/v1/models";
    static final String FINE_TUNED_MODELS = "/v1/fine_tuning/models";

    private final ServiceCalls calls;
    private final Raw raw = new Raw();

    public DefaultModelsService(CallExecutor executor) {
        this.calls = new ServiceCalls(executor);
    }

    @Override
    public ModelList list(ModelListRequest request, RequestOptions options) {
        return raw.list(request, options).value();
    }

    @Override
    public CompletableFuture<ModelList> listAsync(ModelListRequest request, RequestOptions options) {
        return raw.listAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ModelCard retrieve(String modelId, RequestOptions options) {
        return raw.retrieve(modelId, options).value();
    }

    @Override
    public CompletableFuture<ModelCard> retrieveAsync(String modelId, RequestOptions options) {
        return raw.retrieveAsync(modelId, options).thenApply(ApiResponse::value);
    }

    @Override
    public DeletedModel delete(String modelId, RequestOptions options) {
        return raw.delete(modelId, options).value();
    }

    @Override
    public CompletableFuture<DeletedModel> deleteAsync(String modelId, RequestOptions options) {
        return raw.deleteAsync(modelId, options).thenApply(ApiResponse::value);
    }

    @Override
    public FineTunedModel update(String modelId, UpdateModelRequest request, RequestOptions options) {
        return raw.update(modelId, request, options).value();
    }

    @Override
    public CompletableFuture<FineTunedModel> updateAsync(String modelId, UpdateModelRequest request,
                                                         RequestOptions options) {
        return raw.updateAsync(modelId, request, options).thenApply(ApiResponse::value);
    }

    @Override
    public ModelArchiveStatus archive(String modelId, RequestOptions options) {
        return raw.archive(modelId, options).value();
    }

    @Override
    public CompletableFuture<ModelArchiveStatus> archiveAsync(String modelId, RequestOptions options) {
        return raw.archiveAsync(modelId, options).thenApply(ApiResponse::value);
    }

    @Override
    public ModelArchiveStatus unarchive(String modelId, RequestOptions options) {
        return raw.unarchive(modelId, options).value();
    }

    @Override
    public CompletableFuture<ModelArchiveStatus> unarchiveAsync(String modelId, RequestOptions options) {
        return raw.unarchiveAsync(modelId, options).thenApply(ApiResponse::value);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static ApiCall listCall(ModelListRequest request, RequestOptions options) {
        ModelListRequest filters = request == null ? ModelListRequest.all() : request;
        return new Query().add("provider", filters.provider()).add("model", filters.model())
                .call("models.list", "GET", MODELS, filters, options);
    }

    private static ApiCall modelCall(String operation, String method, String pathPrefix, String modelId,
                                     String pathSuffix, RequestOptions options) {
        String path = pathPrefix + "/" + PathSegments.encode("modelId", modelId) + pathSuffix;
        return new Query().call(operation, method, path, null, options);
    }

    private ApiCall updateCall(String modelId, UpdateModelRequest request, RequestOptions options) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
        String path = FINE_TUNED_MODELS + "/" + PathSegments.encode("modelId", modelId);
        return calls.jsonCall("models.update", modelId, "PATCH", path, null, request, options);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<ModelList> list(ModelListRequest request, RequestOptions options) {
            return calls.sync(() -> listCall(request, options), ModelList.class);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelList>> listAsync(ModelListRequest request, RequestOptions options) {
            return calls.async(() -> listCall(request, options), ModelList.class);
        }

        @Override
        public ApiResponse<ModelCard> retrieve(String modelId, RequestOptions options) {
            return calls.sync(() -> modelCall("models.retrieve", "GET", MODELS, modelId, "", options),
                    ModelCard.class);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelCard>> retrieveAsync(String modelId, RequestOptions options) {
            return calls.async(() -> modelCall("models.retrieve", "GET", MODELS, modelId, "", options),
                    ModelCard.class);
        }

        @Override
        public ApiResponse<DeletedModel> delete(String modelId, RequestOptions options) {
            return calls.sync(() -> modelCall("models.delete", "DELETE", MODELS, modelId, "", options),
                    DeletedModel.class);
        }

        @Override
        public CompletableFuture<ApiResponse<DeletedModel>> deleteAsync(String modelId, RequestOptions options) {
            return calls.async(() -> modelCall("models.delete", "DELETE", MODELS, modelId, "", options),
                    DeletedModel.class);
        }

        @Override
        public ApiResponse<FineTunedModel> update(String modelId, UpdateModelRequest request, RequestOptions options) {
            return calls.sync(() -> updateCall(modelId, request, options), FineTunedModel.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTunedModel>> updateAsync(String modelId, UpdateModelRequest request,
                                                                          RequestOptions options) {
            return calls.async(() -> updateCall(modelId, request, options), FineTunedModel.class);
        }

        @Override
        public ApiResponse<ModelArchiveStatus> archive(String modelId, RequestOptions options) {
            return calls.sync(() -> modelCall("models.archive", "POST", FINE_TUNED_MODELS, modelId, "/archive",
                    options), ModelArchiveStatus.class);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelArchiveStatus>> archiveAsync(String modelId,
                                                                               RequestOptions options) {
            return calls.async(() -> modelCall("models.archive", "POST", FINE_TUNED_MODELS, modelId, "/archive",
                    options), ModelArchiveStatus.class);
        }

        @Override
        public ApiResponse<ModelArchiveStatus> unarchive(String modelId, RequestOptions options) {
            return calls.sync(() -> modelCall("models.unarchive", "DELETE", FINE_TUNED_MODELS, modelId, "/archive",
                    options), ModelArchiveStatus.class);
        }

        @Override
        public CompletableFuture<ApiResponse<ModelArchiveStatus>> unarchiveAsync(String modelId,
                                                                                 RequestOptions options) {
            return calls.async(() -> modelCall("models.unarchive", "DELETE", FINE_TUNED_MODELS, modelId, "/archive",
                    options), ModelArchiveStatus.class);
        }
    }
}
