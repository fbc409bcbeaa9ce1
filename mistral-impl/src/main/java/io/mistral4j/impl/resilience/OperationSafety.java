package io.mistral4j.impl.resilience;

import io.mistral4j.spi.ApiCall;

/**
 * Whether sending an operation twice can do its work twice, as its descriptor declares it
 * ({@code io.mistral4j.impl.operation.Operation}): reads and deletes cannot, nor can the stateless
 * generation calls (chat, FIM, embeddings, moderation, classification, OCR, agent completions,
 * streamed or not), which only cost tokens when repeated. Every other {@code POST}, {@code PUT}
 * or {@code PATCH} creates state (an upload, a job, an agent or a new agent version, an alias,
 * an update, a cancel or a start) unless its descriptor says otherwise.
 */
public final class OperationSafety {

    private OperationSafety() {
    }

    /** True when {@code call} may be sent again without risk of doing its work twice. */
    public static boolean isSafeToRepeat(ApiCall call) {
        return call.safeToRepeat();
    }
}
