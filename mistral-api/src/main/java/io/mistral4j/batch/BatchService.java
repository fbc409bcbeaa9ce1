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
 * files or inline, and collect their results. Every operation has a variant taking
 * {@link RequestOptions}, an async form and a raw-response form; helpers write input files and
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
    BatchJob create(BatchJobRequest request, RequestOptions options);

    /** {@link #create(BatchJobRequest, RequestOptions)} with the client's default options. */
    default BatchJob create(BatchJobRequest request) {
        return create(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #create(BatchJobRequest, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<BatchJob> createAsync(BatchJobRequest request, RequestOptions options);

    /** {@link #createAsync(BatchJobRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<BatchJob> createAsync(BatchJobRequest request) {
        return createAsync(request, RequestOptions.none());
    }

    /** One page of jobs; {@link Page#autoPager()} walks the following pages lazily ({@code GET /v1/batch/jobs}). */
    Page<BatchJob> list(BatchJobListRequest request, RequestOptions options);

    /** {@link #list(BatchJobListRequest, RequestOptions)} with the client's default options. */
    default Page<BatchJob> list(BatchJobListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #list(BatchJobListRequest, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<Page<BatchJob>> listAsync(BatchJobListRequest request, RequestOptions options);

    /** {@link #listAsync(BatchJobListRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<Page<BatchJob>> listAsync(BatchJobListRequest request) {
        return listAsync(request, RequestOptions.none());
    }

    /** Every job, page by page. */
    default Page<BatchJob> list() {
        return list(BatchJobListRequest.all());
    }

    /** A job ({@code GET /v1/batch/jobs/{job_id}}). */
    BatchJob get(String jobId, RequestOptions options);

    /** {@link #get(String, RequestOptions)} with the client's default options. */
    default BatchJob get(String jobId) {
        return get(jobId, RequestOptions.none());
    }

    /** Asynchronous {@link #get(String, RequestOptions)}; the future fails with the same typed exception. */
    CompletableFuture<BatchJob> getAsync(String jobId, RequestOptions options);

    /** {@link #getAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<BatchJob> getAsync(String jobId) {
        return getAsync(jobId, RequestOptions.none());
    }

    /** A job; with {@code inline} its answers come in {@link BatchJob#outputs()}. */
    BatchJob get(String jobId, boolean inline, RequestOptions options);

    /** {@link #get(String, boolean, RequestOptions)} with the client's default options. */
    default BatchJob get(String jobId, boolean inline) {
        return get(jobId, inline, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #get(String, boolean, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<BatchJob> getAsync(String jobId, boolean inline, RequestOptions options);

    /** {@link #getAsync(String, boolean, RequestOptions)} with the client's default options. */
    default CompletableFuture<BatchJob> getAsync(String jobId, boolean inline) {
        return getAsync(jobId, inline, RequestOptions.none());
    }

    /** Asks for a job to be cancelled ({@code POST /v1/batch/jobs/{job_id}/cancel}). */
    BatchJob cancel(String jobId, RequestOptions options);

    /** {@link #cancel(String, RequestOptions)} with the client's default options. */
    default BatchJob cancel(String jobId) {
        return cancel(jobId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #cancel(String, RequestOptions)}; the future fails with the same typed exception.
     */
    CompletableFuture<BatchJob> cancelAsync(String jobId, RequestOptions options);

    /** {@link #cancelAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<BatchJob> cancelAsync(String jobId) {
        return cancelAsync(jobId, RequestOptions.none());
    }

    /** Polls a job until its status is terminal ({@code SUCCESS}, {@code FAILED}, {@code TIMEOUT_EXCEEDED},
     * {@code CANCELLED}) and returns it, calling the progress callback after each poll. Throws
     * {@link io.mistral4j.errors.JobTimeoutException} when the timeout passes first; the job keeps running. */
    BatchJob awaitCompletion(String jobId, AwaitOptions<BatchJob> await, RequestOptions options);

    /** {@link #awaitCompletion(String, AwaitOptions, RequestOptions)} with the client's default options. */
    default BatchJob awaitCompletion(String jobId, AwaitOptions<BatchJob> await) {
        return awaitCompletion(jobId, await, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #awaitCompletion(String, AwaitOptions, RequestOptions)}; the future fails with
     * the same typed exception.
     */
    CompletableFuture<BatchJob> awaitCompletionAsync(String jobId, AwaitOptions<BatchJob> await, RequestOptions options);

    /**
     * {@link #awaitCompletionAsync(String, AwaitOptions, RequestOptions)} with the client's default
     * options.
     */
    default CompletableFuture<BatchJob> awaitCompletionAsync(String jobId, AwaitOptions<BatchJob> await) {
        return awaitCompletionAsync(jobId, await, RequestOptions.none());
    }

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
         * {@link BatchService#create(BatchJobRequest, RequestOptions)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<BatchJob> create(BatchJobRequest request, RequestOptions options);

        /** {@link #create(BatchJobRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<BatchJob> create(BatchJobRequest request) {
            return create(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #create(BatchJobRequest, RequestOptions)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> createAsync(BatchJobRequest request, RequestOptions options);

        /** {@link #createAsync(BatchJobRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<BatchJob>> createAsync(BatchJobRequest request) {
            return createAsync(request, RequestOptions.none());
        }

        /**
         * {@link BatchService#list(BatchJobListRequest, RequestOptions)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<Page<BatchJob>> list(BatchJobListRequest request, RequestOptions options);

        /** {@link #list(BatchJobListRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<Page<BatchJob>> list(BatchJobListRequest request) {
            return list(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #list(BatchJobListRequest, RequestOptions)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<Page<BatchJob>>> listAsync(BatchJobListRequest request, RequestOptions options);

        /** {@link #listAsync(BatchJobListRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<Page<BatchJob>>> listAsync(BatchJobListRequest request) {
            return listAsync(request, RequestOptions.none());
        }

        /** {@link BatchService#get(String, RequestOptions)} with the HTTP status, headers and raw body. */
        ApiResponse<BatchJob> get(String jobId, RequestOptions options);

        /** {@link #get(String, RequestOptions)} with the client's default options. */
        default ApiResponse<BatchJob> get(String jobId) {
            return get(jobId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #get(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, RequestOptions options);

        /** {@link #getAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId) {
            return getAsync(jobId, RequestOptions.none());
        }

        /**
         * {@link BatchService#get(String, boolean, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<BatchJob> get(String jobId, boolean inline, RequestOptions options);

        /** {@link #get(String, boolean, RequestOptions)} with the client's default options. */
        default ApiResponse<BatchJob> get(String jobId, boolean inline) {
            return get(jobId, inline, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #get(String, boolean, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, boolean inline, RequestOptions options);

        /** {@link #getAsync(String, boolean, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, boolean inline) {
            return getAsync(jobId, inline, RequestOptions.none());
        }

        /** {@link BatchService#cancel(String, RequestOptions)} with the HTTP status, headers and raw body. */
        ApiResponse<BatchJob> cancel(String jobId, RequestOptions options);

        /** {@link #cancel(String, RequestOptions)} with the client's default options. */
        default ApiResponse<BatchJob> cancel(String jobId) {
            return cancel(jobId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #cancel(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<BatchJob>> cancelAsync(String jobId, RequestOptions options);

        /** {@link #cancelAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<BatchJob>> cancelAsync(String jobId) {
            return cancelAsync(jobId, RequestOptions.none());
        }
    }
}
