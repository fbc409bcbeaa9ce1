package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.text.MessageText;
import io.mistral4j.tck.simulator.text.Tokenizer;
import io.mistral4j.tck.simulator.text.Usage;
import io.mistral4j.tck.simulator.wire.Ids;
import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Turns a validated chat request into its choices and usage; pure apart from tool call ids. */
public final class CompletionGenerator {

    /** Per-message overhead (role markers), as real chat templates add a few tokens per turn. */
    private static final int TOKENS_PER_MESSAGE = 4;

    private final Ids ids;

    public CompletionGenerator(Ids ids) {
        this.ids = ids;
    }

    public List<GeneratedChoice> generate(ChatRequest request, ModelCard model) {
        List<JsonObject> calls = ToolCallPlanner.plan(request);
        boolean thinks = model.reasoning() && !"none".equals(request.reasoningEffort());
        List<GeneratedChoice> choices = new ArrayList<>();
        for (int i = 0; i < request.n(); i++) {
            choices.add(calls.isEmpty() ? textChoice(request, i, thinks) : toolChoice(request, i, calls));
        }
        return choices;
    }

    public static Usage usage(ChatRequest request, List<GeneratedChoice> choices) {
        int completion = choices.stream().mapToInt(GeneratedChoice::completionTokens).sum();
        return new Usage(promptTokens(request), completion);
    }

    /** Counts every message, tool definition and output schema the model would read. */
    static int promptTokens(ChatRequest request) {
        int tokens = 0;
        for (JsonObject message : request.messages()) {
            tokens += TOKENS_PER_MESSAGE + Tokenizer.count(MessageText.of(message.get("content")));
            JsonArray calls = Json.array(message, "tool_calls");
            if (calls != null) {
                for (JsonElement call : calls) {
                    tokens += Tokenizer.count(Json.write(call.getAsJsonObject().get("function")));
                }
            }
        }
        for (JsonObject function : request.functions()) {
            tokens += Tokenizer.count(Json.write(function));
        }
        JsonObject schema = request.jsonSchema();
        if (schema != null) {
            tokens += Tokenizer.count(Json.write(schema));
        }
        return tokens;
    }

    private GeneratedChoice textChoice(ChatRequest request, int index, boolean thinks) {
        String text = switch (request.responseFormatType()) {
            case "json_schema" -> Json.write(SchemaSampler.sample(
                    request.jsonSchema().get("schema"), new SampleHints(request.lastUserText())));
            case "json_object" -> jsonObjectAnswer(request, index);
            default -> AnswerComposer.text(request, index);
        };
        String finish = "stop";
        for (String stop : request.stopSequences()) {
            int at = text.indexOf(stop);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        Integer maxTokens = request.maxTokens();
        if (maxTokens != null && Tokenizer.count(text) > maxTokens) {
            text = Tokenizer.truncate(text, maxTokens);
            finish = "length";
        }
        String thinking = thinks ? AnswerComposer.thinking(request) : null;
        int tokens = Tokenizer.count(text) + (thinking == null ? 0 : Tokenizer.count(thinking));
        return new GeneratedChoice(index, text, thinking, null, finish, tokens);
    }

    private static String jsonObjectAnswer(ChatRequest request, int index) {
        JsonObject answer = new JsonObject();
        answer.addProperty("answer", AnswerComposer.text(request, index));
        return Json.write(answer);
    }

    private GeneratedChoice toolChoice(ChatRequest request, int index, List<JsonObject> functions) {
        JsonArray calls = new JsonArray();
        int tokens = 0;
        for (JsonObject function : functions) {
            String name = Json.string(function, "name");
            String arguments = Json.write(SchemaSampler.sample(
                    function.get("parameters"), new SampleHints(request.lastUserText())));
            JsonObject fn = new JsonObject();
            fn.addProperty("name", name);
            fn.addProperty("arguments", arguments);
            JsonObject call = new JsonObject();
            call.addProperty("id", ids.toolCallId());
            call.addProperty("type", "function");
            call.add("function", fn);
            call.addProperty("index", calls.size());
            calls.add(call);
            tokens += Tokenizer.count(name) + Tokenizer.count(arguments);
        }
        return new GeneratedChoice(index, "", null, calls, "tool_calls", tokens);
    }
}
