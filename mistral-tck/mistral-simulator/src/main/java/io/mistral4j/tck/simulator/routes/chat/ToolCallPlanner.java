package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonObject;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an answer is a tool call and which functions it calls, following
 * {@code tool_choice}: "none" never calls; "auto" calls the function whose name or description
 * shares a word with the last user message (with parallel calls allowed, every function nearly
 * as related as the best one), and answers in text when none does or when the conversation just
 * got a tool result (so a round trip ends in text); "any"/"required" always
 * call, the most related function (the first when none is), one call per tool when parallel
 * calls are allowed; the object form calls the named function.
 */
public final class ToolCallPlanner {

    private ToolCallPlanner() {
    }

    /** The functions to call, in call order; empty means answer in text. */
    static List<JsonObject> plan(ChatRequest request) {
        List<JsonObject> functions = request.functions();
        if (functions.isEmpty()) {
            return List.of();
        }
        return switch (request.toolChoiceMode()) {
            case "none" -> List.of();
            case "function" -> functions.stream()
                    .filter(f -> request.forcedFunctionName().equals(Json.string(f, "name")))
                    .limit(1).toList();
            case "any", "required" -> request.parallelToolCalls() && functions.size() > 1
                    ? functions
                    : List.of(mostRelevant(functions, request.lastUserText()));
            default -> endsWithToolResultOrPrefix(request)
                    || functions.stream().allMatch(f -> relevance(f, request.lastUserText()) == 0)
                    ? List.of()
                    : request.parallelToolCalls() ? allRelevant(functions, request.lastUserText())
                    : List.of(mostRelevant(functions, request.lastUserText()));
        };
    }

    private static boolean endsWithToolResultOrPrefix(ChatRequest request) {
        JsonObject last = request.lastMessage();
        return "tool".equals(request.lastRole())
                || ("assistant".equals(request.lastRole()) && Json.isBoolean(last.get("prefix"))
                && last.get("prefix").getAsBoolean());
    }

    /**
     * Every function sharing at least as many words with the message as half the best one does, in
     * declaration order: a question about two things calls both tools, a question about one calls one.
     */
    private static List<JsonObject> allRelevant(List<JsonObject> functions, String userText) {
        int best = relevance(mostRelevant(functions, userText), userText);
        return functions.stream().filter(f -> 2 * relevance(f, userText) >= best && relevance(f, userText) > 0).toList();
    }

    /** The function whose name and description share most words with the message; the first on ties. */
    private static JsonObject mostRelevant(List<JsonObject> functions, String userText) {
        JsonObject best = functions.get(0);
        int bestScore = 0;
        for (JsonObject f : functions) {
            int score = relevance(f, userText);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many words the function's name and description share with the message. */
    private static int relevance(JsonObject function, String userText) {
        Set<String> described = words(Json.string(function, "name") + " " + Json.string(function, "description"));
        described.retainAll(words(userText));
        return described.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String spaced = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String w : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !w.equals("get") && !w.equals("the") && !w.equals("null")) {
                out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}
