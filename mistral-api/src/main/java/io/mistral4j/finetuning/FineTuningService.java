package io.mistral4j.finetuning;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.pagination.Page;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Fine-tuning jobs ({@code /v1/fine_tuning/jobs}): create (or dry-run) a job from uploaded
 * training files, list, get, start and cancel jobs, and wait for one to finish. Every
 * operation has an async form and a raw-response form; settings for some calls only go through
 * {@link #withOptions}.
 *
 * <pre>{@code
 * FineTuningJob job = client.fineTuning().create(request);
 * FineTuningJob done = client.fineTuning().awaitCompletion(job.id(), Duration.ofHours(2));
 * String model = done.fineTunedModel();
 * }</pre>
 *
 * @deprecated Mistral retired the fine-tuning API: it now answers {@code 410 Gone} on
 *     {@code /v1/fine_tuning/jobs}, which this client raises as
 *     {@link io.mistral4j.errors.GoneException}. The service is kept, unchanged, for servers that
 *     still serve the endpoint (a private deployment, or the simulator, which does by default).
 */
@Deprecated
public interface FineTuningService {

    /** Creates a job; it is queued for validation, then training ({@code POST /v1/fine_tuning/jobs}). */
    default FineTuningJob create(FineTuningJobRequest request) {
        return withRawResponse().create(request).value();
    }

    /**
     * Asynchronous {@link #create(FineTuningJobRequest)}; the future fails with the same
     * typed exception.
     */
    default CompletableFuture<FineTuningJob> createAsync(FineTuningJobRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /** Checks a job without creating it and returns the API's estimates ({@code POST /v1/fine_tuning/jobs?dry_run=true}). */
    default FineTuningJobEstimate dryRun(FineTuningJobRequest request) {
        return withRawResponse().dryRun(request).value();
    }

    /**
     * Asynchronous {@link #dryRun(FineTuningJobRequest)}; the future fails with the same
     * typed exception.
     */
    default CompletableFuture<FineTuningJobEstimate> dryRunAsync(FineTuningJobRequest request) {
        return withRawResponse().dryRunAsync(request).thenApply(ApiResponse::value);
    }

    /** One page of jobs; {@link Page#autoPager()} walks the following pages lazily ({@code GET /v1/fine_tuning/jobs}). */
    default Page<FineTuningJob> list(FineTuningJobListRequest request) {
        return withRawResponse().list(request).value();
    }

    /**
     * Asynchronous {@link #list(FineTuningJobListRequest)}; the future fails with the same
     * typed exception.
     */
    default CompletableFuture<Page<FineTuningJob>> listAsync(FineTuningJobListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** Every job, page by page. */
    default Page<FineTuningJob> list() {
        return list(FineTuningJobListRequest.all());
    }

    /** A job with its events and checkpoints ({@code GET /v1/fine_tuning/jobs/{job_id}}). */
    default FineTuningJob get(String jobId) {
        return withRawResponse().get(jobId).value();
    }

    /** Asynchronous {@link #get(String)}; the future fails with the same typed exception. */
    default CompletableFuture<FineTuningJob> getAsync(String jobId) {
        return withRawResponse().getAsync(jobId).thenApply(ApiResponse::value);
    }

    /** Asks for a job to be cancelled ({@code POST /v1/fine_tuning/jobs/{job_id}/cancel}). */
    default FineTuningJob cancel(String jobId) {
        return withRawResponse().cancel(jobId).value();
    }

    /**
     * Asynchronous {@link #cancel(String)}; the future fails with the same typed exception.
     */
    default CompletableFuture<FineTuningJob> cancelAsync(String jobId) {
        return withRawResponse().cancelAsync(jobId).thenApply(ApiResponse::value);
    }

    /** Starts a validated job created without auto-start ({@code POST /v1/fine_tuning/jobs/{job_id}/start}). */
    default FineTuningJob start(String jobId) {
        return withRawResponse().start(jobId).value();
    }

    /**
     * Asynchronous {@link #start(String)}; the future fails with the same typed exception.
     */
    default CompletableFuture<FineTuningJob> startAsync(String jobId) {
        return withRawResponse().startAsync(jobId).thenApply(ApiResponse::value);
    }

    /** Polls a job until its status is terminal ({@code SUCCESS}, {@code FAILED}, {@code FAILED_VALIDATION},
     * {@code CANCELLED}) and returns it, calling the progress callback after each poll. Throws
     * {@link io.mistral4j.errors.JobTimeoutException} when the timeout passes first; the job keeps running. */
    FineTuningJob awaitCompletion(String jobId, AwaitOptions<FineTuningJob> await);

    /**
     * Asynchronous {@link #awaitCompletion(String, AwaitOptions)}; the future fails with
     * the same typed exception.
     */
    CompletableFuture<FineTuningJob> awaitCompletionAsync(String jobId, AwaitOptions<FineTuningJob> await);

    /** {@link #awaitCompletion(String, AwaitOptions)} polling every 5 s without a callback. */
    default FineTuningJob awaitCompletion(String jobId, Duration timeout) {
        return awaitCompletion(jobId, AwaitOptions.timeout(timeout));
    }

    /** A writer of training data as JSONL into {@code target}; closing the writer closes the target. */
    TrainingDataWriter trainingDataWriter(OutputStream target);

    /** A writer of training data as JSONL into a new file (replacing an existing one). */
    TrainingDataWriter trainingDataWriter(Path target);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Fine-tuning operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /**
         * {@link FineTuningService#create(FineTuningJobRequest)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<FineTuningJob> create(FineTuningJobRequest request);

        /**
         * Asynchronous {@link #create(FineTuningJobRequest)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> createAsync(FineTuningJobRequest request);

        /**
         * {@link FineTuningService#dryRun(FineTuningJobRequest)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<FineTuningJobEstimate> dryRun(FineTuningJobRequest request);

        /**
         * Asynchronous {@link #dryRun(FineTuningJobRequest)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<FineTuningJobEstimate>> dryRunAsync(FineTuningJobRequest request);

        /**
         * {@link FineTuningService#list(FineTuningJobListRequest)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<Page<FineTuningJob>> list(FineTuningJobListRequest request);

        /**
         * Asynchronous {@link #list(FineTuningJobListRequest)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<Page<FineTuningJob>>> listAsync(FineTuningJobListRequest request);

        /**
         * {@link FineTuningService#get(String)} with the HTTP status, headers and raw body.
         */
        ApiResponse<FineTuningJob> get(String jobId);

        /**
         * Asynchronous {@link #get(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> getAsync(String jobId);

        /**
         * {@link FineTuningService#cancel(String)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<FineTuningJob> cancel(String jobId);

        /**
         * Asynchronous {@link #cancel(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> cancelAsync(String jobId);

        /**
         * {@link FineTuningService#start(String)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<FineTuningJob> start(String jobId);

        /**
         * Asynchronous {@link #start(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> startAsync(String jobId);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    FineTuningService withOptions(RequestOptions options);
}
