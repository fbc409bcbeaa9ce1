package io.mistral4j.audio;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How finely a transcription is timed. Open: values this version does not know are sent unchanged. */
public final class TimestampGranularity extends OpenEnum {

    private static final Map<String, TimestampGranularity> KNOWN = new LinkedHashMap<>();

    /** {@code segment}: a start and end time per segment of speech. */
    public static final TimestampGranularity SEGMENT = known("segment");
    /** {@code word}: a start and end time per word. */
    public static final TimestampGranularity WORD = known("word");

    private final boolean known;

    private TimestampGranularity(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static TimestampGranularity known(String value) {
        TimestampGranularity constant = new TimestampGranularity(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static TimestampGranularity of(String value) {
        TimestampGranularity constant = KNOWN.get(value);
        return constant != null ? constant : new TimestampGranularity(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<TimestampGranularity> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
