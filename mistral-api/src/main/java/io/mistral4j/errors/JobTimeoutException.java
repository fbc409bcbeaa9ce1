package io.mistral4j.errors;

import java.time.Duration;

/**
 * A fine-tuning or batch job did not reach a terminal status within the time given to
 * {@code awaitCompletion}. The job itself keeps running on the server; {@link #lastStatus()}
 * is what the last poll saw.
 */
public final class JobTimeoutException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final String lastStatus;
    private final Duration waited;

    /** Job {@code jobId} was still in {@code lastStatus} after {@code waited}. */
    public JobTimeoutException(String jobId, String lastStatus, Duration waited) {
        super("job " + jobId + " is still " + lastStatus + " after waiting " + waited);
        this.jobId = jobId;
        this.lastStatus = lastStatus;
        this.waited = waited;
    }

    /** The id of the job that is still running, to wait again or cancel it. */
    public String jobId() {
        return jobId;
    }

    /** The status the last poll returned, e.g. {@code RUNNING}. */
    public String lastStatus() {
        return lastStatus;
    }

    /** How long {@code awaitCompletion} waited before giving up. */
    public Duration waited() {
        return waited;
    }
}
