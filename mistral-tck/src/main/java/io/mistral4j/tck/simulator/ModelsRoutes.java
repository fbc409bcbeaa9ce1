package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code GET /v1/models} and {@code GET /v1/models/{model_id}}. */
final class ModelsRoutes implements RouteFamily {

    private final ModelCatalog catalog;

    ModelsRoutes(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/v1/models", request -> list());
        router.add("GET", "/v1/models/{model_id}", this::retrieve);
    }

    private Reply list() {
        JsonArray data = new JsonArray();
        catalog.all().forEach(card -> data.add(card.toJson()));
        JsonObject body = new JsonObject();
        body.addProperty("object", "list");
        body.add("data", data);
        return Reply.Json.ok(body);
    }

    private Reply retrieve(ApiRequest request) {
        String id = request.pathParam("model_id");
        return catalog.find(id)
                .<Reply>map(card -> Reply.Json.ok(card.toJson()))
                .orElseGet(() -> ApiErrors.notFound("Model not found: " + id));
    }
}
