package io.mistral4j;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The rate-limit headers of one answer: Mistral's {@code x-ratelimit-*} family (requests and
 * tokens per minute, the token cost of the query) and the older {@code ratelimitbysize-*} one.
 * Every value is optional because which headers come back depends on the account and route;
 * a value that is not a whole number from 0 to {@code Long.MAX_VALUE} (negative, fractional,
 * too large) reads as absent, never as an error.
 */
public final class RateLimitInfo {

    private final Map<String, String> raw;

    private RateLimitInfo(Map<String, String> raw) {
        this.raw = raw;
    }

    /** Picks the rate-limit headers out of a response's headers. */
    public static RateLimitInfo from(Headers headers) {
        Map<String, String> found = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : headers.names()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("x-ratelimit-") || lower.startsWith("ratelimitbysize-")) {
                headers.first(name).ifPresent(value -> found.put(name, value));
            }
        }
        return new RateLimitInfo(java.util.Collections.unmodifiableMap(found));
    }

    /** Requests allowed per minute ({@code x-ratelimit-limit-req-minute}), empty when not sent. */
    public OptionalLong limitRequestsPerMinute() {
        return number("x-ratelimit-limit-req-minute");
    }

    /**
     * Requests left in the current minute ({@code x-ratelimit-remaining-req-minute}), empty when not sent.
     */
    public OptionalLong remainingRequestsPerMinute() {
        return number("x-ratelimit-remaining-req-minute");
    }

    /** Tokens allowed per minute ({@code x-ratelimit-limit-tokens-minute}), empty when not sent. */
    public OptionalLong limitTokensPerMinute() {
        return number("x-ratelimit-limit-tokens-minute");
    }

    /**
     * Tokens left in the current minute ({@code x-ratelimit-remaining-tokens-minute}), empty when not sent.
     */
    public OptionalLong remainingTokensPerMinute() {
        return number("x-ratelimit-remaining-tokens-minute");
    }

    /** How many tokens of the budget this query cost. */
    public OptionalLong tokensQueryCost() {
        return number("x-ratelimit-tokens-query-cost");
    }

    /** Any rate-limit header by name, e.g. {@code ratelimitbysize-remaining}. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(raw.get(name));
    }

    /** Every rate-limit header received, by name. */
    public Map<String, String> asMap() {
        return raw;
    }

    /** Whether the answer carried no rate-limit header at all. */
    public boolean isEmpty() {
        return raw.isEmpty();
    }

    private OptionalLong number(String name) {
        String value = raw.get(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.trim());
            return number >= 0 ? OptionalLong.of(number) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return "RateLimitInfo" + raw;
    }
}
