package io.mistral4j.tck.simulator.text;

import com.google.gson.JsonObject;

/** Token accounting of one completion call (UsageInfo). */
public record Usage(int promptTokens, int completionTokens) {

    public int totalTokens() {
        return promptTokens + completionTokens;
    }

    public JsonObject toJson() {
        JsonObject usage = new JsonObject();
        usage.addProperty("prompt_tokens", promptTokens);
        usage.addProperty("completion_tokens", completionTokens);
        usage.addProperty("total_tokens", totalTokens());
        return usage;
    }
}
