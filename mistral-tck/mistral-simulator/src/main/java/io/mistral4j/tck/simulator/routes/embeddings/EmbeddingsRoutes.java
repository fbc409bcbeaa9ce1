package io.mistral4j.tck.simulator.routes.embeddings;

import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.text.Tokenizer;
import io.mistral4j.tck.simulator.text.Usage;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Ids;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.ValidatedBody;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/embeddings}: validate like the API, then answer one deterministic unit vector
 * per input (see {@link EmbeddingVectors}), in the asked dimension, data type and encoding,
 * with the inputs' token count as usage.
 */
public final class EmbeddingsRoutes implements RouteFamily {

    static final int DEFAULT_DIMENSION = 1024;
    /** The API's batch limit, answered with code 3210 (see API-NOTES). */
    static final int MAX_BATCH_TOKENS = 16_384;
    /** The largest dimension any Mistral embedding model offers is 3072; beyond that is refused. */
    static final int MAX_DIMENSION = 4096;

    private final ModelCatalog catalog;
    private final Ids ids;
    private final boolean widened;

    public EmbeddingsRoutes(ModelCatalog catalog, Ids ids) {
        this(catalog, ids, false);
    }

    /** @param widened float32 values printed widened to double (17 digits) rather than in their shortest form */
    public EmbeddingsRoutes(ModelCatalog catalog, Ids ids, boolean widened) {
        this.catalog = catalog;
        this.ids = ids;
        this.widened = widened;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/embeddings", this::embed);
    }

    private Reply embed(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, EmbeddingRequestShape.REQUEST);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject embedding = body.object();
        String modelName = Json.string(embedding, "model");
        Optional<ModelCard> model = catalog.find(modelName);
        if (model.isEmpty()) {
            return ApiErrors.invalidModel(modelName);
        }
        if (!model.get().id().contains("embed")) {
            return ApiErrors.error(400, "Model " + modelName + " does not support embeddings", "invalid_model",
                    "1500");
        }
        List<String> inputs = ValidatedBody.strings(embedding, "input");
        if (inputs.isEmpty()) {
            return ApiErrors.badRequest("input must contain at least one text");
        }
        int tokens = inputs.stream().mapToInt(Tokenizer::count).sum();
        if (tokens > MAX_BATCH_TOKENS) {
            return ApiErrors.error(400, "Too many tokens in batch. Max is " + MAX_BATCH_TOKENS,
                    ApiErrors.INVALID_REQUEST, "3210");
        }
        Integer requested = ValidatedBody.integer(embedding, "output_dimension");
        int dimension = requested == null ? DEFAULT_DIMENSION : requested;
        if (dimension > MAX_DIMENSION) {
            return ApiErrors.badRequest("output_dimension must be at most " + MAX_DIMENSION + ", was " + dimension);
        }
        String dtype = orDefault(Json.string(embedding, "output_dtype"), "float");
        boolean base64 = "base64".equals(Json.string(embedding, "encoding_format"));

        JsonArray data = new JsonArray();
        for (int i = 0; i < inputs.size(); i++) {
            float[] values = EmbeddingVectors.quantise(EmbeddingVectors.embed(inputs.get(i), dimension), dtype);
            JsonObject item = new JsonObject();
            item.addProperty("object", "embedding");
            item.add("embedding", base64 ? new JsonPrimitive(EmbeddingVectors.base64(values)) : numbers(values, widened));
            item.addProperty("index", i);
            data.add(item);
        }
        JsonObject usage = new Usage(tokens, 0).toJson();
        usage.add("prompt_audio_seconds", JsonNull.INSTANCE);
        JsonObject response = new JsonObject();
        response.addProperty("id", ids.responseId("embedding"));
        response.addProperty("object", "list");
        response.add("data", data);
        response.addProperty("model", modelName);
        response.add("usage", usage);
        return Reply.Json.ok(response, tokens);
    }

    /**
     * Float32 values written in their shortest form, so clients read back the same floats, or
     * widened to double (17 digits), which still read back as the same floats.
     */
    private static JsonArray numbers(float[] values, boolean widened) {
        JsonArray array = new JsonArray(values.length);
        for (float value : values) {
            array.add(value == Math.rint(value) ? (Number) (long) value
                    : widened ? (Number) (double) value : (Number) value);
        }
        return array;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
