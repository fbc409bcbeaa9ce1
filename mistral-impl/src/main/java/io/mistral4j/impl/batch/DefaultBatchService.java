package io.mistral4j.impl.batch;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.batch.BatchJob;
import io.mistral4j.batch.DeletedBatchJob;
import io.mistral4j.batch.BatchJobListRequest;
import io.mistral4j.batch.BatchJobRequest;
import io.mistral4j.batch.BatchRequestWriter;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.batch.BatchService;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.FilesService;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.jobs.JobPoller;
import io.mistral4j.impl.jsonl.DefaultBatchRequestWriter;
import io.mistral4j.impl.jsonl.JsonlBatchResults;
import io.mistral4j.impl.operation.OnId;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.operation.Paging;
import io.mistral4j.pagination.Page;
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

    static final Operation<BatchJobRequest, BatchJob> CREATE = Operation
            .<BatchJobRequest, BatchJob>post("batch.jobs.create", PATH, BatchJob.class)
            .jsonBody(BatchJobRequest::model).build();
    static final Operation<BatchJobListRequest, BatchListResponse> LIST = Operation
            .<BatchJobListRequest, BatchListResponse>get("batch.jobs.list", PATH, BatchListResponse.class)
            .encode((filters, call) -> call.request(filters)
                    .query("page", filters.page())
                    .query("page_size", filters.pageSize())
                    .query("model", filters.model())
                    .query("agent_id", filters.agentId())
                    .queryJson("metadata", filters.metadata())
                    .query("created_after", filters.createdAfter())
                    .query("created_by_me", filters.createdByMe())
                    .queryEach("status", filters.statuses())
                    .query("order_by", filters.orderBy() == null ? null : filters.orderBy().value()))
            .build();
    /** A job, with its results inline when the flag is set (null: the server's default). */
    static final Operation<OnId<Boolean>, BatchJob> GET = Operation
            .<OnId<Boolean>, BatchJob>get("batch.jobs.get", PATH + "/{jobId}", BatchJob.class)
            .encode((ask, call) -> call.path("jobId", ask.id()).query("inline", ask.arg())).build();
    static final Operation<String, BatchJob> CANCEL = Operation
            .<String, BatchJob>post("batch.jobs.cancel", PATH + "/{jobId}/cancel", BatchJob.class)
            .pathId("jobId").build();
    static final Operation<String, DeletedBatchJob> DELETE = Operation
            .<String, DeletedBatchJob>delete("batch.jobs.delete", PATH + "/{jobId}", DeletedBatchJob.class)
            .pathId("jobId").build();

    private static final Paging<BatchJobListRequest, BatchListResponse, BatchJob> PAGING = Paging.of(
            BatchListResponse::data, BatchListResponse::total, BatchJobListRequest::page,
            BatchJobListRequest::pageSize, BatchJobListRequest::withPage);

    private final Operations operations;
    private final FilesService files;
    private final JobPoller poller;
    private final Raw raw = new Raw();

    public DefaultBatchService(CallExecutor executor, FilesService files) {
        this(executor, files, JobPoller.system());
    }

    public DefaultBatchService(CallExecutor executor, FilesService files, JobPoller poller) {
        this(new Operations(executor), files, poller);
    }

    private DefaultBatchService(Operations operations, FilesService files, JobPoller poller) {
        this.operations = operations;
        this.files = files;
        this.poller = poller;
    }

    /** Polls through this view, so every poll is sent with its options. */
    @Override
    public BatchJob awaitCompletion(String jobId, AwaitOptions<BatchJob> await) {
        return poller.await(jobId, await, () -> get(jobId), BatchJob::isTerminal, BatchJob::status);
    }

    @Override
    public CompletableFuture<BatchJob> awaitCompletionAsync(String jobId, AwaitOptions<BatchJob> await) {
        return poller.awaitAsync(jobId, await, () -> getAsync(jobId), BatchJob::isTerminal, BatchJob::status,
                operations.executor().asyncExecutor());
    }

    @Override
    public BatchRequestWriter requestWriter(OutputStream target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        return new DefaultBatchRequestWriter(operations.executor().codec(), target, "the batch input stream");
    }

    @Override
    public BatchRequestWriter requestWriter(Path target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        try {
            return new DefaultBatchRequestWriter(operations.executor().codec(), Files.newOutputStream(target),
                    target.toString());
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
        return new JsonlBatchResults<>(operations.executor().codec(), responseType, List.of(() -> jsonl));
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
        // the result files are read with this view's options, as its own calls are
        FilesService viewFiles = files.withOptions(operations.options());
        job.outputFileId().ifPresent(id -> sources.add(() -> viewFiles.downloadStream(id).body()));
        job.errorFileId().ifPresent(id -> sources.add(() -> viewFiles.downloadStream(id).body()));
        return new JsonlBatchResults<>(operations.executor().codec(), responseType, sources);
    }

    @Override
    public BatchService withOptions(RequestOptions options) {
        return new DefaultBatchService(operations.withOptions(options), files, poller);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static BatchJobListRequest orAll(BatchJobListRequest request) {
        return request == null ? BatchJobListRequest.all() : request;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<BatchJob> create(BatchJobRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> createAsync(BatchJobRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public ApiResponse<Page<BatchJob>> list(BatchJobListRequest request) {
            return operations.rawPage(LIST, orAll(request), PAGING);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<BatchJob>>> listAsync(BatchJobListRequest request) {
            return operations.rawPageAsync(LIST, orAll(request), PAGING);
        }

        @Override
        public ApiResponse<BatchJob> get(String jobId) {
            return operations.raw(GET, new OnId<>(jobId, null));
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId) {
            return operations.rawAsync(GET, new OnId<>(jobId, null));
        }

        @Override
        public ApiResponse<BatchJob> get(String jobId, boolean inline) {
            return operations.raw(GET, new OnId<>(jobId, inline));
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> getAsync(String jobId, boolean inline) {
            return operations.rawAsync(GET, new OnId<>(jobId, inline));
        }

        @Override
        public ApiResponse<BatchJob> cancel(String jobId) {
            return operations.raw(CANCEL, jobId);
        }

        @Override
        public CompletableFuture<ApiResponse<BatchJob>> cancelAsync(String jobId) {
            return operations.rawAsync(CANCEL, jobId);
        }

        @Override
        public ApiResponse<DeletedBatchJob> delete(String jobId) {
            return operations.raw(DELETE, jobId);
        }

        @Override
        public CompletableFuture<ApiResponse<DeletedBatchJob>> deleteAsync(String jobId) {
            return operations.rawAsync(DELETE, jobId);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultBatchService.this.withOptions(options).withRawResponse();
        }
    }
}
