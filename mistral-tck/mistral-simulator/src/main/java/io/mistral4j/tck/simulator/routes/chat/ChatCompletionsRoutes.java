package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.text.Usage;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Ids;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.JsonBody;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.ShapeValidator;

import com.google.gson.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code POST /v1/chat/completions}: validate like the API, then answer plainly or as an SSE stream. */
public final class ChatCompletionsRoutes implements RouteFamily {

    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private final ModelCatalog catalog;
    private final Ids ids;
    private final CompletionGenerator generator;
    private final AnswerLength answerLength;

    public ChatCompletionsRoutes(ModelCatalog catalog, Ids ids) {
        this(catalog, ids, AnswerLength.NATURAL);
    }

    public ChatCompletionsRoutes(ModelCatalog catalog, Ids ids, AnswerLength answerLength) {
        this.catalog = catalog;
        this.ids = ids;
        this.generator = new CompletionGenerator(ids);
        this.answerLength = answerLength;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/chat/completions", this::complete);
    }

    private Reply complete(ApiRequest request) {
        JsonBody body = JsonBody.parse(request.body());
        if (body.error() != null) {
            return body.error();
        }
        List<JsonObject> violations = ShapeValidator.validate(ChatRequestShape.REQUEST, body.object(), "body");
        if (!violations.isEmpty()) {
            return ApiErrors.validation(violations);
        }
        ChatRequest chat = new ChatRequest(body.object());
        Optional<ModelCard> model = catalog.find(chat.model());
        if (model.isEmpty()) {
            return ApiErrors.invalidModel(chat.model());
        }
        if (!model.get().can("completion_chat")) {
            return ApiErrors.error(400, "Model " + chat.model() + " does not support chat completions",
                    "invalid_model", "1500");
        }
        Optional<Reply> rejected = semanticCheck(chat);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        if (!model.get().can("audio") && hearsAudio(chat)) {
            return ApiErrors.error(400, "Model " + chat.model() + " does not support audio input",
                    "invalid_model", "1500");
        }
        List<GeneratedChoice> choices = generator.generate(chat, model.get()).stream()
                .map(choice -> answerLength.apply(choice, chat.stream(), chat.responseFormatType())).toList();
        Usage usage = CompletionGenerator.usage(chat, choices);
        String id = ids.completionId();
        long created = Instant.now().getEpochSecond();
        if (chat.stream()) {
            return new Reply.EventStream(
                    ChatStreamRenderer.render(id, created, chat.model(), choices, usage), usage.totalTokens());
        }
        return Reply.Json.ok(
                ChatResponseRenderer.render(id, created, chat.model(), choices, usage), usage.totalTokens());
    }

    /** Rules the schema cannot express but the API enforces (answered with 400, not 422). */
    public static Optional<Reply> semanticCheck(ChatRequest chat) {
        List<JsonObject> messages = chat.messages();
        if (messages.isEmpty()) {
            return Optional.of(ApiErrors.badRequest("Messages must not be empty"));
        }
        JsonObject last = chat.lastMessage();
        boolean prefix = Json.isBoolean(last.get("prefix")) && last.get("prefix").getAsBoolean();
        if ("assistant".equals(chat.lastRole()) && !prefix) {
            return Optional.of(ApiErrors.error(400,
                    "Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant",
                    "invalid_request_message_order", "3230"));
        }
        for (JsonObject function : chat.functions()) {
            String name = Json.string(function, "name");
            if (!FUNCTION_NAME.matcher(name).matches()) {
                return Optional.of(ApiErrors.badRequest("Function name was " + name
                        + " but must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64"));
            }
        }
        String forced = chat.forcedFunctionName();
        if (forced != null && chat.functions().stream().noneMatch(f -> forced.equals(Json.string(f, "name")))) {
            return Optional.of(ApiErrors.badRequest("Tool choice names function " + forced
                    + ", which is not among the offered tools"));
        }
        if ("json_schema".equals(chat.responseFormatType()) && chat.jsonSchema() == null) {
            return Optional.of(ApiErrors.badRequest(
                    "response_format of type json_schema requires a json_schema object"));
        }
        return Optional.empty();
    }

    /** Whether a message holds an {@code input_audio} chunk, which only audio models take. */
    private static boolean hearsAudio(ChatRequest chat) {
        for (JsonObject message : chat.messages()) {
            com.google.gson.JsonArray content = Json.array(message, "content");
            if (content != null) {
                for (com.google.gson.JsonElement chunk : content) {
                    if (chunk.isJsonObject() && "input_audio".equals(Json.string(chunk.getAsJsonObject(), "type"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
