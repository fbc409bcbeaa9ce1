package io.mistral4j.finetuning;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The status of a fine-tuning job. Open: values this version does not know parse and round-trip unchanged. */
public final class FineTuningJobStatus extends OpenEnum {

    private static final Map<String, FineTuningJobStatus> KNOWN = new LinkedHashMap<>();

    /** {@code QUEUED}: created and waiting for its turn. */
    public static final FineTuningJobStatus QUEUED = known("QUEUED");
    /** {@code STARTED}: picked up; validation or training is about to begin. */
    public static final FineTuningJobStatus STARTED = known("STARTED");
    /** {@code VALIDATING}: the training files are being checked. */
    public static final FineTuningJobStatus VALIDATING = known("VALIDATING");
    /** {@code VALIDATED}: the files passed; a job created without auto-start waits here for {@code start}. */
    public static final FineTuningJobStatus VALIDATED = known("VALIDATED");
    /** {@code RUNNING}: training is in progress; checkpoints appear as it goes. */
    public static final FineTuningJobStatus RUNNING = known("RUNNING");
    /** {@code FAILED_VALIDATION}: terminal; the training files were rejected (see the job's events). */
    public static final FineTuningJobStatus FAILED_VALIDATION = known("FAILED_VALIDATION");
    /** {@code FAILED}: terminal; training failed. */
    public static final FineTuningJobStatus FAILED = known("FAILED");
    /** {@code SUCCESS}: terminal; the fine-tuned model is ready (see {@code fineTunedModel}). */
    public static final FineTuningJobStatus SUCCESS = known("SUCCESS");
    /** {@code CANCELLED}: terminal; the job was cancelled. */
    public static final FineTuningJobStatus CANCELLED = known("CANCELLED");
    /** {@code CANCELLATION_REQUESTED}: a cancel was asked for and is being carried out. */
    public static final FineTuningJobStatus CANCELLATION_REQUESTED = known("CANCELLATION_REQUESTED");

    private final boolean known;

    private FineTuningJobStatus(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static FineTuningJobStatus known(String value) {
        FineTuningJobStatus constant = new FineTuningJobStatus(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static FineTuningJobStatus of(String value) {
        FineTuningJobStatus constant = KNOWN.get(value);
        return constant != null ? constant : new FineTuningJobStatus(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<FineTuningJobStatus> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }

    /** Whether the job will not change any more: success, failure or cancellation. */
    public boolean isTerminal() {
        return this.equals(SUCCESS) || this.equals(FAILED) || this.equals(FAILED_VALIDATION)
                || this.equals(CANCELLED);
    }
}
