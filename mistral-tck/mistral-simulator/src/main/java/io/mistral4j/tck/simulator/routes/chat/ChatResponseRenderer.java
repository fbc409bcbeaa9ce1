package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.text.Usage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.List;

/** Renders generated choices as a ChatCompletionResponse ({@code "object":"chat.completion"}). */
public final class ChatResponseRenderer {

    private ChatResponseRenderer() {
    }

    public static JsonObject render(String id, long created, String model, List<GeneratedChoice> choices, Usage usage) {
        JsonArray rendered = new JsonArray();
        for (GeneratedChoice choice : choices) {
            JsonObject message = new JsonObject();
            message.addProperty("role", "assistant");
            message.add("content", content(choice));
            message.add("tool_calls", choice.toolCalls() == null ? JsonNull.INSTANCE : choice.toolCalls());
            message.addProperty("prefix", false);
            JsonObject c = new JsonObject();
            c.addProperty("index", choice.index());
            c.add("message", message);
            c.addProperty("finish_reason", choice.finishReason());
            rendered.add(c);
        }
        JsonObject response = new JsonObject();
        response.addProperty("id", id);
        response.addProperty("object", "chat.completion");
        response.addProperty("created", created);
        response.addProperty("model", model);
        response.add("choices", rendered);
        response.add("usage", usage.toJson());
        return response;
    }

    /** A string, or for thinking models a thinking chunk followed by a text chunk. */
    static JsonElement content(GeneratedChoice choice) {
        if (choice.thinking() == null) {
            return new JsonPrimitive(choice.text());
        }
        JsonArray chunks = new JsonArray();
        chunks.add(thinkingChunk(choice.thinking()));
        chunks.add(textChunk(choice.text()));
        return chunks;
    }

    static JsonObject textChunk(String text) {
        JsonObject chunk = new JsonObject();
        chunk.addProperty("type", "text");
        chunk.addProperty("text", text);
        return chunk;
    }

    static JsonObject thinkingChunk(String thinking) {
        JsonArray inner = new JsonArray();
        inner.add(textChunk(thinking));
        JsonObject chunk = new JsonObject();
        chunk.addProperty("type", "thinking");
        chunk.add("thinking", inner);
        return chunk;
    }
}
