package io.mistral4j.impl.resilience;

import io.mistral4j.impl.read.BufferedResponse;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a call costs in tokens: estimated before it is sent (a JSON body's characters / 4 plus
 * its {@code max_tokens}), known after (the server's {@code x-ratelimit-tokens-query-cost},
 * else the body's {@code usage}).
 */
final class TokenCost {

    private static final Pattern MAX_TOKENS = Pattern.compile("\"max_tokens\"\\s*:\\s*(\\d{1,12})");

    private TokenCost() {
    }

    static long estimate(TransportRequest request) {
        RequestBody body = request.body();
        if (!(body instanceof RequestBody.Bytes)) {
            return 0;
        }
        byte[] bytes = ((RequestBody.Bytes) body).bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        long estimate = (text.length() + 3) / 4;
        Matcher maxTokens = MAX_TOKENS.matcher(text);
        if (maxTokens.find()) {
            estimate += Long.parseLong(maxTokens.group(1));
        }
        return estimate;
    }

    static OptionalLong actual(TransportResponse response) {
        OptionalLong header = number(response.headers().first("x-ratelimit-tokens-query-cost").orElse(null));
        if (header.isPresent() || !(response instanceof BufferedResponse)) {
            return header;
        }
        return usage(((BufferedResponse) response).text());
    }

    private static OptionalLong usage(String json) {
        if (json.indexOf("\"usage\"") < 0) {
            return OptionalLong.empty();
        }
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject() || !root.getAsJsonObject().has("usage")
                    || !root.getAsJsonObject().get("usage").isJsonObject()) {
                return OptionalLong.empty();
            }
            JsonObject usage = root.getAsJsonObject().getAsJsonObject("usage");
            if (usage.has("total_tokens")) {
                return OptionalLong.of(usage.get("total_tokens").getAsLong());
            }
            long prompt = usage.has("prompt_tokens") ? usage.get("prompt_tokens").getAsLong() : 0;
            long completion = usage.has("completion_tokens") ? usage.get("completion_tokens").getAsLong() : 0;
            return prompt + completion > 0 ? OptionalLong.of(prompt + completion) : OptionalLong.empty();
        } catch (RuntimeException notUsage) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong number(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
