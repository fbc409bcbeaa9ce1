package io.mistral4j.tck.simulator.routes.classifiers;

import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.text.MessageText;
import io.mistral4j.tck.simulator.text.Tokenizer;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Ids;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ValidatedBody;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code POST /v1/moderations}, {@code /v1/chat/moderations}, {@code /v1/classifications} and
 * {@code /v1/chat/classifications}: validate like the API, then score each text or conversation
 * deterministically (see {@link ModerationScorer} and {@link SentimentScorer}). A conversation is
 * scored on the text of all its messages. Classifications answer two targets per input:
 * {@code moderation} (the category scores) and {@code sentiment}.
 */
public final class ClassifiersRoutes implements RouteFamily {

    private final ModelCatalog catalog;
    private final Ids ids;

    public ClassifiersRoutes(ModelCatalog catalog, Ids ids) {
        this.catalog = catalog;
        this.ids = ids;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/moderations", request -> moderate(request, ClassifierRequestShapes.CLASSIFICATION));
        router.add("POST", "/v1/chat/moderations",
                request -> moderate(request, ClassifierRequestShapes.CHAT_MODERATION));
        router.add("POST", "/v1/classifications",
                request -> classify(request, ClassifierRequestShapes.CLASSIFICATION));
        router.add("POST", "/v1/chat/classifications",
                request -> classify(request, ClassifierRequestShapes.CHAT_CLASSIFICATION));
    }

    private Reply moderate(ApiRequest request, Shape shape) {
        return answer(request, shape, "moderation", ModerationScorer::result);
    }

    private Reply classify(ApiRequest request, Shape shape) {
        return answer(request, shape, "classification", text -> {
            JsonObject moderation = new JsonObject();
            moderation.add("scores", ModerationScorer.result(text).get("category_scores"));
            JsonObject sentiment = new JsonObject();
            sentiment.add("scores", SentimentScorer.scores(text));
            JsonObject targets = new JsonObject();
            targets.add("moderation", moderation);
            targets.add("sentiment", sentiment);
            return targets;
        });
    }

    private Reply answer(ApiRequest request, Shape shape, String capability,
                         java.util.function.Function<String, JsonObject> score) {
        ValidatedBody body = ValidatedBody.of(request, shape);
        if (body.error() != null) {
            return body.error();
        }
        String modelName = Json.string(body.object(), "model");
        Optional<ModelCard> model = catalog.find(modelName);
        if (model.isEmpty()) {
            return ApiErrors.invalidModel(modelName);
        }
        if (!model.get().can(capability)) {
            return ApiErrors.error(400, "Model " + modelName + " does not support " + capability, "invalid_model",
                    "1500");
        }
        List<String> texts = texts(body.object().get("input"));
        if (texts.isEmpty()) {
            return ApiErrors.badRequest("input must not be empty");
        }
        JsonArray results = new JsonArray();
        int tokens = 0;
        for (String text : texts) {
            results.add(score.apply(text));
            tokens += Tokenizer.count(text);
        }
        JsonObject response = new JsonObject();
        response.addProperty("id", ids.responseId(capability));
        response.addProperty("model", modelName);
        response.add("results", results);
        return Reply.Json.ok(response, tokens);
    }

    /**
     * The texts to score, one per result: the strings of a text input, or the joined message
     * contents of each conversation (a list of messages, a list of such lists, an
     * InstructRequest or a list of those). An empty conversation is an empty text.
     */
    private static List<String> texts(JsonElement input) {
        List<String> texts = new ArrayList<>();
        if (Json.isString(input)) {
            texts.add(input.getAsString());
        } else if (input.isJsonObject()) {
            texts.add(conversation(input.getAsJsonObject().getAsJsonArray("messages")));
        } else {
            JsonArray items = input.getAsJsonArray();
            if (!items.isEmpty() && Json.isString(items.get(0))) {
                items.forEach(item -> texts.add(item.getAsString()));
            } else if (!items.isEmpty() && items.get(0).isJsonObject() && items.get(0).getAsJsonObject().has("role")) {
                texts.add(conversation(items));
            } else {
                for (JsonElement item : items) {
                    texts.add(conversation(item.isJsonArray() ? item.getAsJsonArray()
                            : item.getAsJsonObject().getAsJsonArray("messages")));
                }
            }
        }
        return texts;
    }

    private static String conversation(JsonArray messages) {
        List<String> parts = new ArrayList<>();
        messages.forEach(message -> parts.add(MessageText.of(message.getAsJsonObject().get("content"))));
        return parts.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining("\n"));
    }
}
