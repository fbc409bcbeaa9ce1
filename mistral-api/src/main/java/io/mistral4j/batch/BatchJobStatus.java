package io.mistral4j.batch;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The status of a batch job. Open: values this version does not know parse and round-trip unchanged. */
public final class BatchJobStatus extends OpenEnum {

    private static final Map<String, BatchJobStatus> KNOWN = new LinkedHashMap<>();

    /** {@code QUEUED}: created and waiting to run. */
    public static final BatchJobStatus QUEUED = known("QUEUED");
    /** {@code RUNNING}: requests are being processed; the request counters grow. */
    public static final BatchJobStatus RUNNING = known("RUNNING");
    /** {@code SUCCESS}: terminal; every request ran (some may still have failed, see the error file). */
    public static final BatchJobStatus SUCCESS = known("SUCCESS");
    /** {@code FAILED}: terminal; the job itself failed. */
    public static final BatchJobStatus FAILED = known("FAILED");
    /** {@code TIMEOUT_EXCEEDED}: terminal; the job ran past its timeout ({@code timeoutHours}). */
    public static final BatchJobStatus TIMEOUT_EXCEEDED = known("TIMEOUT_EXCEEDED");
    /** {@code CANCELLATION_REQUESTED}: a cancel was asked for and is being carried out. */
    public static final BatchJobStatus CANCELLATION_REQUESTED = known("CANCELLATION_REQUESTED");
    /** {@code CANCELLED}: terminal; the job was cancelled. */
    public static final BatchJobStatus CANCELLED = known("CANCELLED");

    private final boolean known;

    private BatchJobStatus(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static BatchJobStatus known(String value) {
        BatchJobStatus constant = new BatchJobStatus(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static BatchJobStatus of(String value) {
        BatchJobStatus constant = KNOWN.get(value);
        return constant != null ? constant : new BatchJobStatus(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<BatchJobStatus> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }

    /** Whether the job will not change any more: success, failure, timeout or cancellation. */
    public boolean isTerminal() {
        return this.equals(SUCCESS) || this.equals(FAILED) || this.equals(TIMEOUT_EXCEEDED) || this.equals(CANCELLED);
    }
}
