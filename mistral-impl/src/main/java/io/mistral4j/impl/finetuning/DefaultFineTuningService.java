package io.mistral4j.impl.finetuning;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.finetuning.FineTuningJob;
import io.mistral4j.finetuning.FineTuningJobEstimate;
import io.mistral4j.finetuning.FineTuningJobListRequest;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.FineTuningService;
import io.mistral4j.finetuning.TrainingDataWriter;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.jobs.JobPoller;
import io.mistral4j.impl.jsonl.DefaultTrainingDataWriter;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.operation.Paging;
import io.mistral4j.pagination.Page;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * {@link FineTuningService} over {@code /v1/fine_tuning/jobs}, for servers that still serve it;
 * Mistral's own answers {@code 410 Gone}.
 */
@SuppressWarnings("deprecation")
public final class DefaultFineTuningService implements FineTuningService {

    static final String PATH = "/v1/fine_tuning/jobs";
    static final String JOB = PATH + "/{jobId}";

    static final Operation<FineTuningJobRequest, FineTuningJob> CREATE = Operation
            .<FineTuningJobRequest, FineTuningJob>post("fine_tuning.jobs.create", PATH, FineTuningJob.class)
            .jsonBody(FineTuningJobRequest::model).build();
    /** The same call as a dry run: the server estimates the job and starts nothing. */
    static final Operation<FineTuningJobRequest, FineTuningJobEstimate> DRY_RUN = Operation
            .<FineTuningJobRequest, FineTuningJobEstimate>post("fine_tuning.jobs.create", PATH,
                    FineTuningJobEstimate.class)
            .encode((request, call) -> call.json(request).model(request.model()).query("dry_run", true)).build();
    static final Operation<FineTuningJobListRequest, JobListResponse> LIST = Operation
            .<FineTuningJobListRequest, JobListResponse>get("fine_tuning.jobs.list", PATH, JobListResponse.class)
            .encode((filters, call) -> call.request(filters)
                    .query("page", filters.page())
                    .query("page_size", filters.pageSize())
                    .query("model", filters.model())
                    .query("created_after", filters.createdAfter())
                    .query("created_before", filters.createdBefore())
                    .query("created_by_me", filters.createdByMe())
                    .query("status", filters.status())
                    .query("wandb_project", filters.wandbProject())
                    .query("wandb_name", filters.wandbName())
                    .query("suffix", filters.suffix()))
            .build();
    static final Operation<String, FineTuningJob> GET = Operation
            .<String, FineTuningJob>get("fine_tuning.jobs.get", JOB, FineTuningJob.class).pathId("jobId").build();
    static final Operation<String, FineTuningJob> CANCEL = Operation
            .<String, FineTuningJob>post("fine_tuning.jobs.cancel", JOB + "/cancel", FineTuningJob.class)
            .pathId("jobId").build();
    static final Operation<String, FineTuningJob> START = Operation
            .<String, FineTuningJob>post("fine_tuning.jobs.start", JOB + "/start", FineTuningJob.class)
            .pathId("jobId").build();

    private static final Paging<FineTuningJobListRequest, JobListResponse, FineTuningJob> PAGING = Paging.of(
            JobListResponse::data, JobListResponse::total, FineTuningJobListRequest::page,
            FineTuningJobListRequest::pageSize, FineTuningJobListRequest::withPage);

    private final Operations operations;
    private final JobPoller poller;
    private final Raw raw = new Raw();

    public DefaultFineTuningService(CallExecutor executor) {
        this(executor, JobPoller.system());
    }

    public DefaultFineTuningService(CallExecutor executor, JobPoller poller) {
        this(new Operations(executor), poller);
    }

    private DefaultFineTuningService(Operations operations, JobPoller poller) {
        this.operations = operations;
        this.poller = poller;
    }

    /** Polls through this view, so every poll is sent with its options. */
    @Override
    public FineTuningJob awaitCompletion(String jobId, AwaitOptions<FineTuningJob> await) {
        return poller.await(jobId, await, () -> get(jobId), FineTuningJob::isTerminal, FineTuningJob::status);
    }

    @Override
    public CompletableFuture<FineTuningJob> awaitCompletionAsync(String jobId, AwaitOptions<FineTuningJob> await) {
        return poller.awaitAsync(jobId, await, () -> getAsync(jobId), FineTuningJob::isTerminal,
                FineTuningJob::status, operations.executor().asyncExecutor());
    }

    @Override
    public TrainingDataWriter trainingDataWriter(OutputStream target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        return new DefaultTrainingDataWriter(operations.executor().codec(), target, "the training data stream");
    }

    @Override
    public TrainingDataWriter trainingDataWriter(Path target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        return new DefaultTrainingDataWriter(operations.executor().codec(), open(target), target.toString());
    }

    @Override
    public FineTuningService withOptions(RequestOptions options) {
        return new DefaultFineTuningService(operations.withOptions(options), poller);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static FineTuningJobListRequest orAll(FineTuningJobListRequest request) {
        return request == null ? FineTuningJobListRequest.all() : request;
    }

    private static OutputStream open(Path target) {
        try {
            return Files.newOutputStream(target);
        } catch (java.io.IOException e) {
            throw new ValidationException("target", "cannot be written: " + target + " (" + e.getMessage() + ")");
        }
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<FineTuningJob> create(FineTuningJobRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> createAsync(FineTuningJobRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public ApiResponse<FineTuningJobEstimate> dryRun(FineTuningJobRequest request) {
            return operations.raw(DRY_RUN, request);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJobEstimate>> dryRunAsync(FineTuningJobRequest request) {
            return operations.rawAsync(DRY_RUN, request);
        }

        @Override
        public ApiResponse<Page<FineTuningJob>> list(FineTuningJobListRequest request) {
            return operations.rawPage(LIST, orAll(request), PAGING);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<FineTuningJob>>> listAsync(FineTuningJobListRequest request) {
            return operations.rawPageAsync(LIST, orAll(request), PAGING);
        }

        @Override
        public ApiResponse<FineTuningJob> get(String jobId) {
            return operations.raw(GET, jobId);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> getAsync(String jobId) {
            return operations.rawAsync(GET, jobId);
        }

        @Override
        public ApiResponse<FineTuningJob> cancel(String jobId) {
            return operations.raw(CANCEL, jobId);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> cancelAsync(String jobId) {
            return operations.rawAsync(CANCEL, jobId);
        }

        @Override
        public ApiResponse<FineTuningJob> start(String jobId) {
            return operations.raw(START, jobId);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> startAsync(String jobId) {
            return operations.rawAsync(START, jobId);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultFineTuningService.this.withOptions(options).withRawResponse();
        }
    }
}
