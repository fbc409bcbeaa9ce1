package io.mistral4j.impl.resilience;

import io.mistral4j.spi.ApiCall;
import java.util.Locale;
import java.util.Set;

/**
 * Whether sending an operation twice can do its work twice. Reads and deletes cannot, nor can
 * the stateless generation calls (chat, FIM, embeddings, moderation, classification, OCR,
 * agent completions, streamed or not): repeating them only costs tokens. Every other
 * {@code POST}, {@code PUT} or {@code PATCH} is taken to create state (an upload, a job, an
 * agent or a new agent version, an alias, an update, a cancel or a start), including any
 * operation this list does not know yet.
 */
public final class OperationSafety {

    /** The operation names of the {@code POST}s that only compute an answer. */
    private static final Set<String> STATELESS_GENERATION = Set.of("chat", "text_completion", "embeddings",
            "moderations", "chat.moderations", "classifications", "chat.classifications", "ocr", "invoke_agent");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "DELETE");

    private OperationSafety() {
    }

    /** True when {@code call} may be sent again without risk of doing its work twice. */
    public static boolean isSafeToRepeat(ApiCall call) {
        String method = call.method().toUpperCase(Locale.ROOT);
        if (SAFE_METHODS.contains(method)) {
            return true;
        }
        return "POST".equals(method) && STATELESS_GENERATION.contains(call.operation());
    }
}
