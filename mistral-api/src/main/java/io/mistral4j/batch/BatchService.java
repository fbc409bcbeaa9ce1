package io.mistral4j.batch;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.pagination.Page;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Batch jobs ({@code /v1/batch/jobs}): run many requests at a lower price, from uploaded JSONL
 * files or inline, and collect their results. Every operation has an async form and a raw-response form;
 * settings for some calls only (a timeout, attempts, headers) go through {@link #withOptions};
 * helpers write input files and
 * read result files.
 *
 * <pre>{@code
 * BatchJob job = client.batch().create(request);
 * BatchJob done = client.batch().awaitCompletion(job.id(), Duration.ofHours(24));
 * try (BatchResults<ChatCompletionResponse> results = client.batch().chatResults(done)) {
 *     for (BatchResult<ChatCompletionResponse> result : results) {
 *         System.out.println(result.customId() + ": " + result.response().text());
 *     }
 * }
 * }</pre>
 */
public interface BatchService {

    /** Creates a job; it is queued for processing ({@code POST /v1/batch/jobs}). */
    default BatchJob create(BatchJobRequest request) {
        return withRawResponse().create(request).value();
    }

    /**
     * Asynchronous {@link #create(BatchJobRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<BatchJob> createAsync(BatchJobRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /** One page of jobs; {@link Page#autoPager()} walks the following pages lazily ({@code GET /v1/batch/jobs}). */
    default Page<BatchJob> list(BatchJobListRequest request) {
        return withRawResponse().list(request).value();
    }

    /**
     * Asynchronous {@link #list(BatchJobListRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Page<BatchJob>> listAsync(BatchJobListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** Every job, page by page. */
    default Page<BatchJob> list() {
        return list(BatchJobListRequest.all());
    }

    /** A job ({@code GET /v1/batch/jobs/{job_id}}). */
    default BatchJob get(String jobId) {
        return withRawResponse().get(jobId).value();
    }

    /** Asynchronous {@link #get(String)}; the future fails with the same typed exception. */
    default CompletableFuture<BatchJob> getAsync(String jobId) {
        return withRawResponse().getAsync(jobId).thenApply(ApiResponse::value);
    }

    /** A job; with {@code inline} its answers come in {@link BatchJob#outputs()}. */
    default BatchJob get(String jobId, boolean inline) {
        return withRawResponse().get(jobId, inline).value();
    }

    /**
     * Asynchronous {@link #get(String, boolean)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<BatchJob> getAsync(String jobId, boolean inline) {
        return withRawResponse().getAsync(jobId, inline).thenApply(ApiResponse::value);
    }

    /** Asks for a job to be cancelled ({@code POST /v1/batch/jobs/{job_id}/cancel}). */
    default BatchJob cancel(String jobId) {
        return withRawResponse().cancel(jobId).value();
    }

    /**
     * Asynchronous {@link #cancel(String)}; the future fails with the same typed exception.
     */
    default CompletableFuture<BatchJob> cancelAsync(String jobId) {
        return withRawResponse().cancelAsync(jobId).thenApply(ApiResponse::value);
    }

    /**
     * Deletes a job ({@code DELETE /v1/batch/jobs/{job_id}}); its input and output files are
     * left to the files service.
     */
    default DeletedBatchJob delete(String jobId) {
        return withRawResponse().delete(jobId).value();
    }

    /** Asynchronous {@link #delete(String)}; the future fails with the same typed exception. */
    default CompletableFuture<DeletedBatchJob> deleteAsync(String jobId) {
        return withRawResponse().deleteAsync(jobId).thenApply(ApiResponse::value);
    }

    /** Polls a job until its status is terminal ({@code SUCCESS}, {@code FAILED}, {@code TIMEOUT_EXCEEDED},
     * {@code CANCELLED}) and returns it, calling the progress callback after each poll. Throws
     * {@link io.mistral4j.errors.JobTimeoutException} when the timeout passes first; the job keeps running. */
    BatchJob awaitCompletion(String jobId, AwaitOptions<BatchJob> await);

    /**
     * Asynchronous {@link #awaitCompletion(String, AwaitOptions)}; the future fails with
     * the same typed exception.
     */
    CompletableFuture<BatchJob> awaitCompletionAsync(String jobId, AwaitOptions<BatchJob> await);

    /** {@link #awaitCompletion(String, AwaitOptions)} polling every 5 s without a callback. */
    default BatchJob awaitCompletion(String jobId, Duration timeout) {
        return awaitCompletion(jobId, AwaitOptions.timeout(timeout));
    }

    /** A writer of a batch input file as JSONL into {@code target}; closing the writer closes the target. */
    BatchRequestWriter requestWriter(OutputStream target);

    /** A writer of a batch input file as JSONL into a new file (replacing an existing one). */
    BatchRequestWriter requestWriter(Path target);

    /**
     * Reads a batch output or error file (JSONL) line by line, decoding each answer body as
     * {@code responseType}. Closing the results closes {@code jsonl}.
     */
    <T> BatchResults<T> readResults(InputStream jsonl, Class<T> responseType);

    /** {@link #readResults(InputStream, Class)} for a chat completions batch. */
    default BatchResults<ChatCompletionResponse> readChatResults(InputStream jsonl) {
        return readResults(jsonl, ChatCompletionResponse.class);
    }

    /**
     * Every result of a finished job: its output file, then its error file, each downloaded as it
     * is read. A job without such files has no results.
     */
    <T> BatchResults<T> results(BatchJob job, Class<T> responseType);

    /** {@link #results(BatchJob, Class)} for a chat completions batch. */
    default BatchResults<ChatCompletionResponse> chatResults(BatchJob job) {
        return results(job, ChatCompletionResponse.class);
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** Batch operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /**
         * {@link BatchService#create(BatchJobRequest)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<BatchJob> create(BatchJobRequest request);

        /**
         * Asynchronous {@link #create(BatchJobRequest)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> createAsync(BatchJobRequest request);

        /**
         * {@link BatchService#list(BatchJobListRequest)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<Page<BatchJob>> list(BatchJobListRequest request);

        /**
         * Asynchronous {@link #list(BatchJobListRequest)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<Page<BatchJob>>> listAsync(BatchJobListRequest request);

        /** {@link BatchService#get(String)} with the HTTP status, headers and raw body. */
        ApiResponse<BatchJob> get(String jobId);

        /**
         * Asynchronous {@link #get(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId);

        /**
         * {@link BatchService#get(String, boolean)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<BatchJob> get(String jobId, boolean inline);

        /**
         * Asynchronous {@link #get(String, boolean)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, boolean inline);

        /** {@link BatchService#cancel(String)} with the HTTP status, headers and raw body. */
        ApiResponse<BatchJob> cancel(String jobId);

        /**
         * Asynchronous {@link #cancel(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> cancelAsync(String jobId);

        /** {@link BatchService#delete(String)} with the HTTP status, headers and raw body. */
        ApiResponse<DeletedBatchJob> delete(String jobId);

        /** Asynchronous {@link #delete(String)}; the future fails with the same typed exception. */
        CompletableFuture<ApiResponse<DeletedBatchJob>> deleteAsync(String jobId);

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
    BatchService withOptions(RequestOptions options);
}
