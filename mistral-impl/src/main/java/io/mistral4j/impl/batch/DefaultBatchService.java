package io.mistral4j.impl.batch;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.batch.BatchJob;
import io.mistral4j.batch.BatchJobListRequest;
import io.mistral4j.batch.BatchJobRequest;
import io.mistral4j.batch.BatchRequestWriter;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.batch.BatchService;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.FilesService;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.Pages;
import io.mistral4j.impl.http.PathSegments;
import io.mistral4j.impl.http.Query;
import io.mistral4j.impl.http.ServiceCalls;
import io.mistral4j.impl.jobs.JobPoller;
import io.mistral4j.impl.jsonl.DefaultBatchRequestWriter;
import io.mistral4j.impl.jsonl.JsonlBatchResults;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.ApiCall;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@link BatchService} over {@code /v1/batch/jobs}; result files are read through the files service. */
public final class DefaultBatchService implements BatchService {

    static final String PATH = "/v1/batch/jobs";

    private final CallExecutor executor;
    private final ServiceCalls calls;
    private final FilesService files;
    private final JobPoller poller;
    private final Raw raw = new Raw();

    public DefaultBatchService(CallExecutor executor, FilesService files) {
        this(executor, files, JobPoller.system());
    }

    public DefaultBatchService(CallExecutor executor, FilesService files, JobPoller poller) {
        this.executor = executor;
        this.calls = new ServiceCalls(executor);
        this.files = files;
        this.poller = poller;
    }

    @Override
    public BatchJob create(BatchJobRequest request, RequestOptions options) {
        return raw.create(request, options).value();
    }

    @Override
    public CompletableFuture<BatchJob> createAsync(BatchJobRequest request, RequestOptions options) {
        return raw.createAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public Page<BatchJob> list(BatchJobListRequest request, RequestOptions options) {
        return raw.list(request, options).value();
    }

    @Override
    public CompletableFuture<Page<BatchJob>> listAsync(BatchJobListRequest request, RequestOptions options) {
        return raw.listAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public BatchJob get(String jobId, RequestOptions options) {
        return raw.get(jobId, options).value();
    }

    @Override
    public CompletableFuture<BatchJob> getAsync(String jobId, RequestOptions options) {
        return raw.getAsync(jobId, options).thenApply(ApiResponse::value);
    }

    @Override
    public BatchJob get(String jobId, boolean inline, RequestOptions options) {
        return raw.get(jobId, inline, options).value();
    }

    @Override
    public CompletableFuture<BatchJob> getAsync(String jobId, boolean inline, RequestOptions options) {
        return raw.getAsync(jobId, inline, options).thenApply(ApiResponse::value);
    }

    @Override
    public BatchJob cancel(String jobId, RequestOptions options) {
        return raw.cancel(jobId, options).value();
    }

    @Override
    public CompletableFuture<BatchJob> cancelAsync(String jobId, RequestOptions options) {
        return raw.cancelAsync(jobId, options).thenApply(ApiResponse::value);
    }

    @Override
    public BatchJob awaitCompletion(String jobId, AwaitOptions<BatchJob> await, RequestOptions options) {
        return poller.await(jobId, await, () -> get(jobId, options), BatchJob::isTerminal, BatchJob::status);
    }

    @Override
    public CompletableFuture<BatchJob> awaitCompletionAsync(String jobId, AwaitOptions<BatchJob> await,
                                                            RequestOptions options) {
        return poller.awaitAsync(jobId, await, () -> getAsync(jobId, options), BatchJob::isTerminal,
                BatchJob::status, executor.asyncExecutor());
    }

    @Override
    public BatchRequestWriter requestWriter(OutputStream target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        return new DefaultBatchRequestWriter(executor.codec(), target, "the batch input stream");
    }

    @Override
    public BatchRequestWriter requestWriter(Path target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        try {
            return new DefaultBatchRequestWriter(executor.codec(), Files.newOutputStream(target), target.toString());
        } catch (java.io.IOException e) {
            throw new ValidationException("target", "cannot be written: " + target + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public <T> BatchResults<T> readResults(InputStream jsonl, Class<T> responseType) {
        if (jsonl == null) {
            throw new ValidationException("jsonl", "must not be null");
        }
        if (responseType == null) {
            throw new ValidationException("responseType", "must not be null");
        }
        return new JsonlBatchResults<>(executor.codec(), responseType, List.of(() -> jsonl));
    }

    @Override
    public <T> BatchResults<T> results(BatchJob job, Class<T> responseType) {
        if (job == null) {
            throw new ValidationException("job", "must not be null");
        }
        if (responseType == null) {
            throw new ValidationException("responseType", "must not be null");
        }
        List<Supplier<InputStream>> sources = new ArrayList<>(2);
        job.outputFileId().ifPresent(id -> sources.add(() -> files.downloadStream(id).body()));
        job.errorFileId().ifPresent(id -> sources.add(() -> files.downloadStream(id).body()));
        return new JsonlBatchResults<>(executor.codec(), responseType, sources);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private ApiCall createCall(BatchJobRequest request, RequestOptions options) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
        return calls.jsonCall("batch.jobs.create", request.model(), "POST", PATH, null, request, options);
    }

    private ApiCall listCall(BatchJobListRequest filters, RequestOptions options) {
        return new Query()
                .add("page", filters.page())
                .add("page_size", filters.pageSize())
                .add("model", filters.model())
                .add("agent_id", filters.agentId())
                // An object in a query: sent as one JSON text, which is how a FastAPI server reads it.
                .add("metadata", filters.metadata() == null ? null : executor.codec().toJson(filters.metadata()))
                .add("created_after", filters.createdAfter())
                .add("created_by_me", filters.createdByMe())
                .addEach("status", filters.statuses())
                .add("order_by", filters.orderBy() == null ? null : filters.orderBy().value())
                .call("batch.jobs.list", "GET", PATH, filters, options);
    }

    private static ApiCall jobCall(String operation, String method, String jobId, String suffix, Boolean inline,
                                   RequestOptions options) {
        return new Query().add("inline", inline).call(operation, method,
                PATH + "/" + PathSegments.encode("jobId", jobId) + suffix, null, options);
    }

    private Page<BatchJob> page(BatchJobListRequest filters, BatchListResponse response, RequestOptions options) {
        return Pages.of(response.data(), response.total(), filters.page(), filters.pageSize(),
                next -> list(filters.withPage(next), options));
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<BatchJob> create(BatchJobRequest request, RequestOptions options) {
            return calls.sync(() -> createCall(request, options), BatchJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> createAsync(BatchJobRequest request, RequestOptions options) {
            return calls.async(() -> createCall(request, options), BatchJob.class);
        }

        @Override
        public ApiResponse<Page<BatchJob>> list(BatchJobListRequest request, RequestOptions options) {
            BatchJobListRequest filters = request == null ? BatchJobListRequest.all() : request;
            ApiResponse<BatchListResponse> response = calls.sync(() -> listCall(filters, options),
                    BatchListResponse.class);
            return Pages.wrap(response, page(filters, response.value(), options));
        }

        @Override
        public CompletableFuture<ApiResponse<Page<BatchJob>>> listAsync(BatchJobListRequest request,
                                                                        RequestOptions options) {
            BatchJobListRequest filters = request == null ? BatchJobListRequest.all() : request;
            return calls.<BatchListResponse>async(() -> listCall(filters, options), BatchListResponse.class)
                    .thenApply(response -> Pages.wrap(response, page(filters, response.value(), options)));
        }

        @Override
        public ApiResponse<BatchJob> get(String jobId, RequestOptions options) {
            return calls.sync(() -> jobCall("batch.jobs.get", "GET", jobId, "", null, options), BatchJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, RequestOptions options) {
            return calls.async(() -> jobCall("batch.jobs.get", "GET", jobId, "", null, options), BatchJob.class);
        }

        @Override
        public ApiResponse<BatchJob> get(String jobId, boolean inline, RequestOptions options) {
            return calls.sync(() -> jobCall("batch.jobs.get", "GET", jobId, "", inline, options), BatchJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, boolean inline,
                                                                 RequestOptions options) {
            return calls.async(() -> jobCall("batch.jobs.get", "GET", jobId, "", inline, options), BatchJob.class);
        }

        @Override
        public ApiResponse<BatchJob> cancel(String jobId, RequestOptions options) {
            return calls.sync(() -> jobCall("batch.jobs.cancel", "POST", jobId, "/cancel", null, options),
                    BatchJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> cancelAsync(String jobId, RequestOptions options) {
            return calls.async(() -> jobCall("batch.jobs.cancel", "POST", jobId, "/cancel", null, options),
                    BatchJob.class);
        }
    }
}
