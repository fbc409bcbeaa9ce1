package io.mistral4j.tck.simulator;

import com.google.gson.JsonObject;

/** Token accounting of one completion call (UsageInfo). */
record Usage(int promptTokens, int completionTokens) {

    int totalTokens() {
        return promptTokens + completionTokens;
    }

    JsonObject toJson() {
        JsonObject usage = new JsonObject();
        usage.addProperty("prompt_tokens", promptTokens);
        usage.addProperty("completion_tokens", completionTokens);
        usage.addProperty("total_tokens", totalTokens());
        return usage;
    }
}
