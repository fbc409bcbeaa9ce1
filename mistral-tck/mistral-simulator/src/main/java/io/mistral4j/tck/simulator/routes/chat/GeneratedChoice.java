package io.mistral4j.tck.simulator.routes.chat;

import com.google.gson.JsonArray;

/**
 * One generated completion choice, before rendering to the plain or streamed wire shape.
 *
 * @param thinking  reasoning trace of a thinking model, or null
 * @param toolCalls the tool calls (each with {@code index}), or null
 */
public record GeneratedChoice(int index, String text, String thinking, JsonArray toolCalls, String finishReason,
                       int completionTokens) {
}
