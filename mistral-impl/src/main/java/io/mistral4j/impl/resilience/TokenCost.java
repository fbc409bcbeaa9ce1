package io.mistral4j.impl.resilience;

import io.mistral4j.impl.body.StreamedJsonBody;
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

    /** The largest count believed; a larger one (a broken header) would only overflow sums. */
    static final long MAX_COUNT = Long.MAX_VALUE / 4;

    private static final Pattern MAX_TOKENS = Pattern.compile("\"max_tokens\"\\s*:\\s*(\\d{1,12})");

    private TokenCost() {
    }

    static long estimate(TransportRequest request) {
        RequestBody body = request.body();
        String text;
        if (body instanceof RequestBody.Bytes bytes) {
            text = new String(bytes.bytes(), StandardCharsets.UTF_8);
        } else if (body instanceof StreamedJsonBody streamed) {
            text = streamed.template(); // the text around its streamed audio, which is no text tokens
        } else {
            return 0;
        }
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
                return plausible(usage.get("total_tokens").getAsLong());
            }
            long prompt = usage.has("prompt_tokens") ? usage.get("prompt_tokens").getAsLong() : 0;
            long completion = usage.has("completion_tokens") ? usage.get("completion_tokens").getAsLong() : 0;
            if (prompt < 0 || completion < 0 || prompt > MAX_COUNT || completion > MAX_COUNT) {
                return OptionalLong.empty();
            }
            return prompt + completion > 0 ? OptionalLong.of(prompt + completion) : OptionalLong.empty();
        } catch (RuntimeException notUsage) {
            return OptionalLong.empty();
        }
    }

    /**
     * A count the server sent in a header: a whole number from 0 to {@link #MAX_COUNT}; anything
     * else (negative, fractional, exponent, beyond a long) is ignored, never an error.
     */
    static OptionalLong number(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            return plausible(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong plausible(long count) {
        return count >= 0 && count <= MAX_COUNT ? OptionalLong.of(count) : OptionalLong.empty();
    }
}
