package io.mistral4j.batch;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API endpoint a batch job calls for each of its requests. Open: values this version does not know parse and round-trip unchanged. */
public final class BatchEndpoint extends OpenEnum {

    private static final Map<String, BatchEndpoint> KNOWN = new LinkedHashMap<>();

    /** {@code /v1/chat/completions}: each body is a chat completion request. */
    public static final BatchEndpoint CHAT_COMPLETIONS = known("/v1/chat/completions");
    /** {@code /v1/embeddings}: each body is an embeddings request. */
    public static final BatchEndpoint EMBEDDINGS = known("/v1/embeddings");
    /** {@code /v1/fim/completions}: each body is a fill-in-the-middle (code) completion request. */
    public static final BatchEndpoint FIM_COMPLETIONS = known("/v1/fim/completions");
    /** {@code /v1/moderations}: each body is a text moderation request. */
    public static final BatchEndpoint MODERATIONS = known("/v1/moderations");
    /** {@code /v1/chat/moderations}: each body is a conversation moderation request. */
    public static final BatchEndpoint CHAT_MODERATIONS = known("/v1/chat/moderations");
    /** {@code /v1/ocr}: each body is an OCR request. */
    public static final BatchEndpoint OCR = known("/v1/ocr");
    /** {@code /v1/classifications}: each body is a text classification request. */
    public static final BatchEndpoint CLASSIFICATIONS = known("/v1/classifications");
    /** {@code /v1/chat/classifications}: each body is a conversation classification request. */
    public static final BatchEndpoint CHAT_CLASSIFICATIONS = known("/v1/chat/classifications");
    /** {@code /v1/conversations}: each body starts a conversation. */
    public static final BatchEndpoint CONVERSATIONS = known("/v1/conversations");
    /** {@code /v1/audio/transcriptions}: each body is a transcription request. */
    public static final BatchEndpoint AUDIO_TRANSCRIPTIONS = known("/v1/audio/transcriptions");

    private final boolean known;

    private BatchEndpoint(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static BatchEndpoint known(String value) {
        BatchEndpoint constant = new BatchEndpoint(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static BatchEndpoint of(String value) {
        BatchEndpoint constant = KNOWN.get(value);
        return constant != null ? constant : new BatchEndpoint(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<BatchEndpoint> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
