package io.mistral4j.batch;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API endpoint a batch job calls for each of its requests. Open: values this version does not know parse and round-trip unchanged. */
public final class BatchEndpoint extends OpenEnum {

    private static final Map<String, BatchEndpoint> KNOWN = new LinkedHashMap<>();

    public static final BatchEndpoint CHAT_COMPLETIONS = known("/v1/chat/completions");
    public static final BatchEndpoint EMBEDDINGS = known("/v1/embeddings");
    public static final BatchEndpoint FIM_COMPLETIONS = known("/v1/fim/completions");
    public static final BatchEndpoint MODERATIONS = known("/v1/moderations");
    public static final BatchEndpoint CHAT_MODERATIONS = known("/v1/chat/moderations");
    public static final BatchEndpoint OCR = known("/v1/ocr");
    public static final BatchEndpoint CLASSIFICATIONS = known("/v1/classifications");
    public static final BatchEndpoint CHAT_CLASSIFICATIONS = known("/v1/chat/classifications");
    public static final BatchEndpoint CONVERSATIONS = known("/v1/conversations");
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
