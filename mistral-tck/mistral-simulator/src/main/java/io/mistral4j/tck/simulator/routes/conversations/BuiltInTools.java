package io.mistral4j.tck.simulator.routes.conversations;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The built-in tools a conversation answers itself: each of the conversation's (or its agent's)
 * tools among {@link #NAMES} that the user's message names by its type ({@code web_search},
 * {@code code_interpreter}, ...) runs once, as a {@code tool.execution} entry whose arguments
 * hold the message and whose {@code info} is derived from it, before the answer in words.
 */
final class BuiltInTools {

    static final List<String> NAMES = List.of("web_search", "web_search_premium", "code_interpreter",
            "image_generation", "document_library");

    private BuiltInTools() {
    }

    /** The executions of the tools of {@code tools} that {@code text} names, in the tools' order. */
    static List<JsonObject> executions(JsonArray tools, String text) {
        List<JsonObject> executions = new ArrayList<>();
        if (tools == null) {
            return executions;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (JsonElement tool : tools) {
            String type = tool.isJsonObject() ? ConversationTurn.stringOr(tool.getAsJsonObject(), "type", "") : "";
            // Word boundaries: web_search is not named by web_search_premium.
            if (NAMES.contains(type) && Pattern.compile("\\b" + type + "\\b").matcher(lower).find()) {
                executions.add(execution(type, text));
            }
        }
        return executions;
    }

    /** What the executions found, in words. */
    static String summary(List<JsonObject> executions) {
        StringBuilder text = new StringBuilder();
        for (JsonObject execution : executions) {
            text.append(text.length() == 0 ? "" : " ").append("The ").append(execution.get("name").getAsString())
                    .append(" tool ran: ").append(execution.getAsJsonObject("info").get("summary").getAsString())
                    .append('.');
        }
        return text.toString();
    }

    private static JsonObject execution(String name, String text) {
        JsonObject arguments = new JsonObject();
        arguments.addProperty(name.equals("code_interpreter") ? "code" : "query", text);
        JsonObject info = new JsonObject();
        int size = text.length();
        switch (name) {
            case "code_interpreter" -> info.addProperty("summary", "the code printed " + size);
            case "image_generation" -> {
                info.addProperty("file_id", "img_" + Integer.toHexString(text.hashCode()));
                info.addProperty("summary", "one image was generated");
            }
            case "document_library" -> info.addProperty("summary", "2 passages were found");
            default -> info.addProperty("summary", "3 results were found");
        }
        JsonObject execution = new JsonObject();
        execution.addProperty("type", "tool.execution");
        execution.addProperty("name", name);
        execution.addProperty("arguments", arguments.toString());
        execution.add("info", info);
        return execution;
    }
}
