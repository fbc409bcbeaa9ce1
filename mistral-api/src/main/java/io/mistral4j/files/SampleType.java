package io.mistral4j.files;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kind of samples a file holds. Open: values this version does not know parse and round-trip unchanged. */
public final class SampleType extends OpenEnum {

    private static final Map<String, SampleType> KNOWN = new LinkedHashMap<>();

    /** {@code pretrain}: plain text for continued pre-training. */
    public static final SampleType PRETRAIN = known("pretrain");
    /** {@code instruct}: conversations for instruction fine-tuning. */
    public static final SampleType INSTRUCT = known("instruct");
    /** {@code batch_request}: the requests of a batch job. */
    public static final SampleType BATCH_REQUEST = known("batch_request");
    /** {@code batch_result}: the answers a batch job wrote. */
    public static final SampleType BATCH_RESULT = known("batch_result");
    /** {@code batch_error}: the failed requests a batch job wrote. */
    public static final SampleType BATCH_ERROR = known("batch_error");

    private final boolean known;

    private SampleType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static SampleType known(String value) {
        SampleType constant = new SampleType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static SampleType of(String value) {
        SampleType constant = KNOWN.get(value);
        return constant != null ? constant : new SampleType(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<SampleType> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
