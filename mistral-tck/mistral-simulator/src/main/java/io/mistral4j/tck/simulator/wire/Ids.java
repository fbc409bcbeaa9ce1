package io.mistral4j.tck.simulator.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers that look like the real ones but come from per-instance counters, so two
 * simulators fed the same calls hand out the same ids. Each kind has its own counter so that,
 * say, listing models does not shift the next completion id.
 */
public final class Ids {

    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final AtomicLong completions = new AtomicLong();
    private final AtomicLong toolCalls = new AtomicLong();
    private final AtomicLong correlations = new AtomicLong();
    private final java.util.Map<String, AtomicLong> responses = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code cmpl-} and 32 hex digits, like {@code cmpl-e5cc70bb28c444948073e77776eb30ef}. */
    public String completionId() {
        return "cmpl-" + uuid("completion", completions.incrementAndGet()).toString().replace("-", "");
    }

    /** Nine alphanumeric characters, the format of Mistral tool call ids. */
    public String toolCallId() {
        byte[] digest = sha256("tool-call:" + toolCalls.incrementAndGet());
        char[] out = new char[9];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHANUMERIC[(digest[i] & 0xff) % ALPHANUMERIC.length];
        }
        return new String(out);
    }

    /**
     * 32 hex digits without prefix, the id format of embedding, moderation and classification
     * answers; each {@code kind} counts on its own.
     */
    public String responseId(String kind) {
        long n = responses.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        return uuid(kind, n).toString().replace("-", "");
    }

    /** A UUID for the {@code mistral-correlation-id} header. */
    String correlationId() {
        return uuid("correlation", correlations.incrementAndGet()).toString();
    }

    private static UUID uuid(String kind, long n) {
        return UUID.nameUUIDFromBytes((kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
