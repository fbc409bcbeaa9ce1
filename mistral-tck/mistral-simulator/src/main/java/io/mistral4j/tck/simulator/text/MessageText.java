package io.mistral4j.tck.simulator.text;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Flattens message content (a string or a list of content chunks) to readable text. */
public final class MessageText {

    private MessageText() {
    }

    public static String of(JsonElement content) {
        if (content == null || content.isJsonNull()) {
            return "";
        }
        if (Json.isString(content)) {
            return content.getAsString();
        }
        if (!content.isJsonArray()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonElement chunk : content.getAsJsonArray()) {
            String part = chunk.isJsonObject() ? ofChunk(chunk.getAsJsonObject()) : "";
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    private static String ofChunk(JsonObject chunk) {
        String type = Json.string(chunk, "type");
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "text" -> orEmpty(Json.string(chunk, "text"));
            case "thinking" -> of(chunk.get("thinking"));
            case "image_url" -> "[image]";
            case "document_url" -> "[document " + orEmpty(Json.string(chunk, "document_name")) + "]";
            case "file" -> "[file]";
            case "input_audio" -> "[audio]";
            default -> "";
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
