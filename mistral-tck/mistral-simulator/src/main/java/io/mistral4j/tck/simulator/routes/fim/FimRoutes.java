package io.mistral4j.tck.simulator.routes.fim;

import io.mistral4j.tck.simulator.routes.chat.ChatResponseRenderer;
import io.mistral4j.tck.simulator.routes.chat.ChatStreamRenderer;
import io.mistral4j.tck.simulator.routes.chat.GeneratedChoice;
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

import com.google.gson.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/fim/completions}: validate like the API, then fill the gap between prompt
 * and suffix, plainly or as an SSE stream of chat completion chunks.
 */
public final class FimRoutes implements RouteFamily {

    private final ModelCatalog catalog;
    private final Ids ids;

    public FimRoutes(ModelCatalog catalog, Ids ids) {
        this.catalog = catalog;
        this.ids = ids;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/fim/completions", this::complete);
    }

    private Reply complete(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, FimRequestShape.REQUEST);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject fim = body.object();
        String modelName = Json.string(fim, "model");
        Optional<ModelCard> model = catalog.find(modelName);
        if (model.isEmpty()) {
            return ApiErrors.invalidModel(modelName);
        }
        if (!model.get().can("completion_fim")) {
            return ApiErrors.error(400, "Model " + modelName + " does not support fill-in-the-middle completions",
                    "invalid_model", "1500");
        }
        Integer minTokens = ValidatedBody.integer(fim, "min_tokens");
        Integer maxTokens = ValidatedBody.integer(fim, "max_tokens");
        if (minTokens != null && maxTokens != null && minTokens > maxTokens) {
            return ApiErrors.badRequest("min_tokens (" + minTokens + ") must not exceed max_tokens (" + maxTokens + ")");
        }
        String prompt = Json.string(fim, "prompt");
        String suffix = Json.string(fim, "suffix");
        Long randomSeed = Json.isNumber(fim.get("random_seed")) ? fim.get("random_seed").getAsLong() : null;
        GeneratedChoice choice = FimGenerator.fill(prompt, suffix, ValidatedBody.strings(fim, "stop"), minTokens,
                maxTokens, randomSeed);
        Usage usage = new Usage(Tokenizer.count(prompt) + Tokenizer.count(suffix), choice.completionTokens());
        String id = ids.completionId();
        long created = Instant.now().getEpochSecond();
        if (ValidatedBody.flag(fim, "stream")) {
            return new Reply.EventStream(ChatStreamRenderer.render(id, created, modelName, List.of(choice), usage),
                    usage.totalTokens());
        }
        return Reply.Json.ok(ChatResponseRenderer.render(id, created, modelName, List.of(choice), usage),
                usage.totalTokens());
    }
}
