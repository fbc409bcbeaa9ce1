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
 * operation has a variant taking {@link RequestOptions}, an async form and a raw-response form.
 *
 * <pre>{@code
 * FineTuningJob job = client.fineTuning().create(request);
 * FineTuningJob done = client.fineTuning().awaitCompletion(job.id(), Duration.ofHours(2));
 * String model = done.fineTunedModel();
 * }</pre>
 */
public interface FineTuningService {

    /** Creates a job; it is queued for validation, then training ({@code POST /v1/fine_tuning/jobs}). */
    FineTuningJob create(FineTuningJobRequest request, RequestOptions options);

    /** {@link #create(FineTuningJobRequest, RequestOptions)} with the client's default options. */
    default FineTuningJob create(FineTuningJobRequest request) {
        return create(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #create(FineTuningJobRequest, RequestOptions)}; the future fails with the same
     * typed exception.
     */
    CompletableFuture<FineTuningJob> createAsync(FineTuningJobRequest request, RequestOptions options);

    /** {@link #createAsync(FineTuningJobRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<FineTuningJob> createAsync(FineTuningJobRequest request) {
        return createAsync(request, RequestOptions.none());
    }

    /** Checks a job without creating it and returns the API's estimates ({@code POST /v1/fine_tuning/jobs?dry_run=true}). */
    FineTuningJobEstimate dryRun(FineTuningJobRequest request, RequestOptions options);

    /** {@link #dryRun(FineTuningJobRequest, RequestOptions)} with the client's default options. */
    default FineTuningJobEstimate dryRun(FineTuningJobRequest request) {
        return dryRun(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #dryRun(FineTuningJobRequest, RequestOptions)}; the future fails with the same
     * typed exception.
     */
    CompletableFuture<FineTuningJobEstimate> dryRunAsync(FineTuningJobRequest request, RequestOptions options);

    /** {@link #dryRunAsync(FineTuningJobRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<FineTuningJobEstimate> dryRunAsync(FineTuningJobRequest request) {
        return dryRunAsync(request, RequestOptions.none());
    }

    /** One page of jobs; {@link Page#autoPager()} walks the following pages lazily ({@code GET /v1/fine_tuning/jobs}). */
    Page<FineTuningJob> list(FineTuningJobListRequest request, RequestOptions options);

    /** {@link #list(FineTuningJobListRequest, RequestOptions)} with the client's default options. */
    default Page<FineTuningJob> list(FineTuningJobListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #list(FineTuningJobListRequest, RequestOptions)}; the future fails with the same
     * typed exception.
     */
    CompletableFuture<Page<FineTuningJob>> listAsync(FineTuningJobListRequest request, RequestOptions options);

    /** {@link #listAsync(FineTuningJobListRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<Page<FineTuningJob>> listAsync(FineTuningJobListRequest request) {
        return listAsync(request, RequestOptions.none());
    }

    /** Every job, page by page. */
    default Page<FineTuningJob> list() {
        return list(FineTuningJobListRequest.all());
    }

    /** A job with its events and checkpoints ({@code GET /v1/fine_tuning/jobs/{job_id}}). */
    FineTuningJob get(String jobId, RequestOptions options);

    /** {@link #get(String, RequestOptions)} with the client's default options. */
    default FineTuningJob get(String jobId) {
        return get(jobId, RequestOptions.none());
    }

    /** Asynchronous {@link #get(String, RequestOptions)}; the future fails with the same typed exception. */
    CompletableFuture<FineTuningJob> getAsync(String jobId, RequestOptions options);

    /** {@link #getAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<FineTuningJob> getAsync(String jobId) {
        return getAsync(jobId, RequestOptions.none());
    }

    /** Asks for a job to be cancelled ({@code POST /v1/fine_tuning/jobs/{job_id}/cancel}). */
    FineTuningJob cancel(String jobId, RequestOptions options);

    /** {@link #cancel(String, RequestOptions)} with the client's default options. */
    default FineTuningJob cancel(String jobId) {
        return cancel(jobId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #cancel(String, RequestOptions)}; the future fails with the same typed exception.
     */
    CompletableFuture<FineTuningJob> cancelAsync(String jobId, RequestOptions options);

    /** {@link #cancelAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<FineTuningJob> cancelAsync(String jobId) {
        return cancelAsync(jobId, RequestOptions.none());
    }

    /** Starts a validated job created without auto-start ({@code POST /v1/fine_tuning/jobs/{job_id}/start}). */
    FineTuningJob start(String jobId, RequestOptions options);

    /** {@link #start(String, RequestOptions)} with the client's default options. */
    default FineTuningJob start(String jobId) {
        return start(jobId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #start(String, RequestOptions)}; the future fails with the same typed exception.
     */
    CompletableFuture<FineTuningJob> startAsync(String jobId, RequestOptions options);

    /** {@link #startAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<FineTuningJob> startAsync(String jobId) {
        return startAsync(jobId, RequestOptions.none());
    }

    /** Polls a job until its status is terminal ({@code SUCCESS}, {@code FAILED}, {@code FAILED_VALIDATION},
     * {@code CANCELLED}) and returns it, calling the progress callback after each poll. Throws
     * {@link io.mistral4j.errors.JobTimeoutException} when the timeout passes first; the job keeps running. */
    FineTuningJob awaitCompletion(String jobId, AwaitOptions<FineTuningJob> await, RequestOptions options);

    /** {@link #awaitCompletion(String, AwaitOptions, RequestOptions)} with the client's default options. */
    default FineTuningJob awaitCompletion(String jobId, AwaitOptions<FineTuningJob> await) {
        return awaitCompletion(jobId, await, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #awaitCompletion(String, AwaitOptions, RequestOptions)}; the future fails with
     * the same typed exception.
     */
    CompletableFuture<FineTuningJob> awaitCompletionAsync(String jobId, AwaitOptions<FineTuningJob> await, RequestOptions options);

    /**
     * {@link #awaitCompletionAsync(String, AwaitOptions, RequestOptions)} with the client's default
     * options.
     */
    default CompletableFuture<FineTuningJob> awaitCompletionAsync(String jobId, AwaitOptions<FineTuningJob> await) {
        return awaitCompletionAsync(jobId, await, RequestOptions.none());
    }

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
         * {@link FineTuningService#create(FineTuningJobRequest, RequestOptions)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<FineTuningJob> create(FineTuningJobRequest request, RequestOptions options);

        /** {@link #create(FineTuningJobRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<FineTuningJob> create(FineTuningJobRequest request) {
            return create(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #create(FineTuningJobRequest, RequestOptions)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> createAsync(FineTuningJobRequest request, RequestOptions options);

        /** {@link #createAsync(FineTuningJobRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FineTuningJob>> createAsync(FineTuningJobRequest request) {
            return createAsync(request, RequestOptions.none());
        }

        /**
         * {@link FineTuningService#dryRun(FineTuningJobRequest, RequestOptions)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<FineTuningJobEstimate> dryRun(FineTuningJobRequest request, RequestOptions options);

        /** {@link #dryRun(FineTuningJobRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<FineTuningJobEstimate> dryRun(FineTuningJobRequest request) {
            return dryRun(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #dryRun(FineTuningJobRequest, RequestOptions)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<FineTuningJobEstimate>> dryRunAsync(FineTuningJobRequest request, RequestOptions options);

        /** {@link #dryRunAsync(FineTuningJobRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FineTuningJobEstimate>> dryRunAsync(FineTuningJobRequest request) {
            return dryRunAsync(request, RequestOptions.none());
        }

        /**
         * {@link FineTuningService#list(FineTuningJobListRequest, RequestOptions)} with the HTTP status,
         * headers and raw body.
         */
        ApiResponse<Page<FineTuningJob>> list(FineTuningJobListRequest request, RequestOptions options);

        /** {@link #list(FineTuningJobListRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<Page<FineTuningJob>> list(FineTuningJobListRequest request) {
            return list(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #list(FineTuningJobListRequest, RequestOptions)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<Page<FineTuningJob>>> listAsync(FineTuningJobListRequest request, RequestOptions options);

        /** {@link #listAsync(FineTuningJobListRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<Page<FineTuningJob>>> listAsync(FineTuningJobListRequest request) {
            return listAsync(request, RequestOptions.none());
        }

        /**
         * {@link FineTuningService#get(String, RequestOptions)} with the HTTP status, headers and raw body.
         */
        ApiResponse<FineTuningJob> get(String jobId, RequestOptions options);

        /** {@link #get(String, RequestOptions)} with the client's default options. */
        default ApiResponse<FineTuningJob> get(String jobId) {
            return get(jobId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #get(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> getAsync(String jobId, RequestOptions options);

        /** {@link #getAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FineTuningJob>> getAsync(String jobId) {
            return getAsync(jobId, RequestOptions.none());
        }

        /**
         * {@link FineTuningService#cancel(String, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<FineTuningJob> cancel(String jobId, RequestOptions options);

        /** {@link #cancel(String, RequestOptions)} with the client's default options. */
        default ApiResponse<FineTuningJob> cancel(String jobId) {
            return cancel(jobId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #cancel(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> cancelAsync(String jobId, RequestOptions options);

        /** {@link #cancelAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FineTuningJob>> cancelAsync(String jobId) {
            return cancelAsync(jobId, RequestOptions.none());
        }

        /**
         * {@link FineTuningService#start(String, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<FineTuningJob> start(String jobId, RequestOptions options);

        /** {@link #start(String, RequestOptions)} with the client's default options. */
        default ApiResponse<FineTuningJob> start(String jobId) {
            return start(jobId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #start(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FineTuningJob>> startAsync(String jobId, RequestOptions options);

        /** {@link #startAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FineTuningJob>> startAsync(String jobId) {
            return startAsync(jobId, RequestOptions.none());
        }
    }
}
