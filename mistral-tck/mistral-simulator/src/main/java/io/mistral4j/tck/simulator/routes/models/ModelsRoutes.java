package io.mistral4j.tck.simulator.routes.models;

import io.mistral4j.tck.simulator.wire.JsonBody;
import io.mistral4j.tck.simulator.routes.finetuning.JobShapes;
import io.mistral4j.tck.simulator.state.FineTunedModelEntry;
import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.ShapeValidator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /v1/models} (with the {@code provider} and {@code model} filters),
 * {@code GET} and {@code DELETE /v1/models/{model_id}}, and the fine-tuned model routes
 * {@code PATCH /v1/fine_tuning/models/{model_id}} and {@code POST}/{@code DELETE .../archive}.
 */
public final class ModelsRoutes implements RouteFamily {

    private final ModelCatalog catalog;

    public ModelsRoutes(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/v1/models", this::list);
        router.add("GET", "/v1/models/{model_id}", this::retrieve);
        router.add("DELETE", "/v1/models/{model_id}", this::delete);
        router.add("PATCH", "/v1/fine_tuning/models/{model_id}", this::update);
        router.add("POST", "/v1/fine_tuning/models/{model_id}/archive", request -> archive(request, true));
        router.add("DELETE", "/v1/fine_tuning/models/{model_id}/archive", request -> archive(request, false));
    }

    private Reply list(ApiRequest request) {
        QueryParams query = QueryParams.parse(request.query());
        String provider = query.string("provider");
        String model = query.string("model");
        JsonArray data = new JsonArray();
        catalog.all().stream()
                .filter(card -> provider == null || provider.equals("mistralai"))
                .filter(card -> model == null || card.answersTo(model))
                .forEach(card -> data.add(card.toJson()));
        catalog.allFineTuned().stream()
                .filter(ft -> provider == null || provider.equals(FineTunedModelEntry.OWNER))
                .filter(ft -> model == null || ft.id().equals(model))
                .forEach(ft -> data.add(ft.toCard()));
        JsonObject body = new JsonObject();
        body.addProperty("object", "list");
        body.add("data", data);
        return Reply.Json.ok(body);
    }

    private Reply retrieve(ApiRequest request) {
        String id = request.pathParam("model_id");
        Optional<ModelCard> base = catalog.all().stream().filter(m -> m.answersTo(id)).findFirst();
        if (base.isPresent()) {
            return Reply.Json.ok(base.get().toJson());
        }
        return catalog.findFineTuned(id)
                .<Reply>map(ft -> Reply.Json.ok(ft.toCard()))
                .orElseGet(() -> modelNotFound(id));
    }

    private Reply delete(ApiRequest request) {
        String id = request.pathParam("model_id");
        if (catalog.all().stream().anyMatch(m -> m.answersTo(id))) {
            return ApiErrors.error(403, "Model " + id + " is not one of your fine-tuned models and cannot be deleted",
                    "permission_denied", "1403");
        }
        if (!catalog.removeFineTuned(id)) {
            return modelNotFound(id);
        }
        JsonObject body = new JsonObject();
        body.addProperty("id", id);
        body.addProperty("object", "model");
        body.addProperty("deleted", true);
        return Reply.Json.ok(body);
    }

    private Reply update(ApiRequest request) {
        JsonBody body = JsonBody.parse(request.body());
        if (body.error() != null) {
            return body.error();
        }
        List<JsonObject> violations = ShapeValidator.validate(JobShapes.UPDATE_FT_MODEL_IN, body.object(), "body");
        if (!violations.isEmpty()) {
            return ApiErrors.validation(violations);
        }
        String id = request.pathParam("model_id");
        Optional<FineTunedModelEntry> model = catalog.findFineTuned(id);
        if (model.isEmpty()) {
            return modelNotFound(id);
        }
        JsonObject fields = body.object();
        model.get().update(Json.string(fields, "name"), Json.string(fields, "description"), fields.has("name"),
                fields.has("description"));
        return Reply.Json.ok(model.get().toModelOut());
    }

    private Reply archive(ApiRequest request, boolean archived) {
        String id = request.pathParam("model_id");
        Optional<FineTunedModelEntry> model = catalog.findFineTuned(id);
        if (model.isEmpty()) {
            return modelNotFound(id);
        }
        model.get().archived(archived);
        JsonObject body = new JsonObject();
        body.addProperty("id", id);
        body.addProperty("object", "model");
        body.addProperty("archived", archived);
        return Reply.Json.ok(body);
    }

    private static Reply.Json modelNotFound(String id) {
        return ApiErrors.notFound("Model not found: " + id);
    }
}
