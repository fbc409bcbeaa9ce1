package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.text.Tokenizer;
import io.mistral4j.tck.simulator.text.Usage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders generated choices as CompletionChunk events ({@code "object":"chat.completion.chunk"}).
 * Per choice: a role chunk, the thinking trace as content-array deltas, the text a word per
 * chunk, all tool calls whole in one chunk (as the API does), then a chunk with the
 * finish_reason. The very last chunk also carries usage.
 */
public final class ChatStreamRenderer {

    private ChatStreamRenderer() {
    }

    public static List<JsonObject> render(String id, long created, String model, List<GeneratedChoice> choices, Usage usage) {
        List<JsonObject> events = new ArrayList<>();
        for (GeneratedChoice choice : choices) {
            JsonObject start = new JsonObject();
            start.addProperty("role", "assistant");
            start.addProperty("content", "");
            events.add(chunk(id, created, model, choice.index(), start, null));
            if (choice.thinking() != null) {
                for (String piece : Tokenizer.pieces(choice.thinking())) {
                    JsonArray content = new JsonArray();
                    content.add(ChatResponseRenderer.thinkingChunk(piece));
                    events.add(chunk(id, created, model, choice.index(), delta("content", content), null));
                }
            }
            for (String piece : Tokenizer.pieces(choice.text())) {
                events.add(chunk(id, created, model, choice.index(), delta("content", new JsonPrimitive(piece)), null));
            }
            if (choice.toolCalls() != null) {
                events.add(chunk(id, created, model, choice.index(), delta("tool_calls", choice.toolCalls()), null));
            }
            events.add(chunk(id, created, model, choice.index(), delta("content", new JsonPrimitive("")),
                    choice.finishReason()));
        }
        events.get(events.size() - 1).add("usage", usage.toJson());
        return events;
    }

    private static JsonObject delta(String field, JsonElement value) {
        JsonObject delta = new JsonObject();
        delta.add(field, value);
        return delta;
    }

    private static JsonObject chunk(String id, long created, String model, int index, JsonObject delta,
                                    String finishReason) {
        JsonObject choice = new JsonObject();
        choice.addProperty("index", index);
        choice.add("delta", delta);
        choice.add("finish_reason", finishReason == null ? JsonNull.INSTANCE : new JsonPrimitive(finishReason));
        JsonArray choices = new JsonArray();
        choices.add(choice);
        JsonObject chunk = new JsonObject();
        chunk.addProperty("id", id);
        chunk.addProperty("object", "chat.completion.chunk");
        chunk.addProperty("created", created);
        chunk.addProperty("model", model);
        chunk.add("choices", choices);
        return chunk;
    }
}
