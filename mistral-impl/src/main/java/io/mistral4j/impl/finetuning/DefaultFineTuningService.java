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
import io.mistral4j.impl.http.Pages;
import io.mistral4j.impl.http.PathSegments;
import io.mistral4j.impl.http.Query;
import io.mistral4j.impl.http.ServiceCalls;
import io.mistral4j.impl.jobs.JobPoller;
import io.mistral4j.impl.jsonl.DefaultTrainingDataWriter;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.ApiCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link FineTuningService} over {@code /v1/fine_tuning/jobs}. */
public final class DefaultFineTuningService implements FineTuningService {

    static final String PATH = "/v1/fine_tuning/jobs";

    private final CallExecutor executor;
    private final ServiceCalls calls;
    private final JobPoller poller;
    private final Raw raw = new Raw();

    public DefaultFineTuningService(CallExecutor executor) {
        this(executor, JobPoller.system());
    }

    public DefaultFineTuningService(CallExecutor executor, JobPoller poller) {
        this.executor = executor;
        this.calls = new ServiceCalls(executor);
        this.poller = poller;
    }

    @Override
    public FineTuningJob create(FineTuningJobRequest request, RequestOptions options) {
        return raw.create(request, options).value();
    }

    @Override
    public CompletableFuture<FineTuningJob> createAsync(FineTuningJobRequest request, RequestOptions options) {
        return raw.createAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public FineTuningJobEstimate dryRun(FineTuningJobRequest request, RequestOptions options) {
        return raw.dryRun(request, options).value();
    }

    @Override
    public CompletableFuture<FineTuningJobEstimate> dryRunAsync(FineTuningJobRequest request, RequestOptions options) {
        return raw.dryRunAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public Page<FineTuningJob> list(FineTuningJobListRequest request, RequestOptions options) {
        return raw.list(request, options).value();
    }

    @Override
    public CompletableFuture<Page<FineTuningJob>> listAsync(FineTuningJobListRequest request,
                                                            RequestOptions options) {
        return raw.listAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public FineTuningJob get(String jobId, RequestOptions options) {
        return raw.get(jobId, options).value();
    }

    @Override
    public CompletableFuture<FineTuningJob> getAsync(String jobId, RequestOptions options) {
        return raw.getAsync(jobId, options).thenApply(ApiResponse::value);
    }

    @Override
    public FineTuningJob cancel(String jobId, RequestOptions options) {
        return raw.cancel(jobId, options).value();
    }

    @Override
    public CompletableFuture<FineTuningJob> cancelAsync(String jobId, RequestOptions options) {
        return raw.cancelAsync(jobId, options).thenApply(ApiResponse::value);
    }

    @Override
    public FineTuningJob start(String jobId, RequestOptions options) {
        return raw.start(jobId, options).value();
    }

    @Override
    public CompletableFuture<FineTuningJob> startAsync(String jobId, RequestOptions options) {
        return raw.startAsync(jobId, options).thenApply(ApiResponse::value);
    }

    @Override
    public FineTuningJob awaitCompletion(String jobId, AwaitOptions<FineTuningJob> await, RequestOptions options) {
        return poller.await(jobId, await, () -> get(jobId, options), FineTuningJob::isTerminal,
                FineTuningJob::status);
    }

    @Override
    public CompletableFuture<FineTuningJob> awaitCompletionAsync(String jobId, AwaitOptions<FineTuningJob> await,
                                                                 RequestOptions options) {
        return poller.awaitAsync(jobId, await, () -> getAsync(jobId, options), FineTuningJob::isTerminal,
                FineTuningJob::status, executor.asyncExecutor());
    }

    @Override
    public TrainingDataWriter trainingDataWriter(OutputStream target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        return new DefaultTrainingDataWriter(executor.codec(), target, "the training data stream");
    }

    @Override
    public TrainingDataWriter trainingDataWriter(Path target) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        return new DefaultTrainingDataWriter(executor.codec(), open(target), target.toString());
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static OutputStream open(Path target) {
        try {
            return Files.newOutputStream(target);
        } catch (java.io.IOException e) {
            throw new ValidationException("target", "cannot be written: " + target + " (" + e.getMessage() + ")");
        }
    }

    private ApiCall createCall(FineTuningJobRequest request, boolean dryRun, RequestOptions options) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
        return calls.jsonCall("fine_tuning.jobs.create", request.model(),
                "POST", PATH, dryRun ? Map.of("dry_run", "true") : null, request, options);
    }

    private static ApiCall listCall(FineTuningJobListRequest filters, RequestOptions options) {
        return new Query()
                .add("page", filters.page())
                .add("page_size", filters.pageSize())
                .add("model", filters.model())
                .add("created_after", filters.createdAfter())
                .add("created_before", filters.createdBefore())
                .add("created_by_me", filters.createdByMe())
                .add("status", filters.status())
                .add("wandb_project", filters.wandbProject())
                .add("wandb_name", filters.wandbName())
                .add("suffix", filters.suffix())
                .call("fine_tuning.jobs.list", "GET", PATH, filters, options);
    }

    private static ApiCall jobCall(String operation, String method, String jobId, String suffix,
                                   RequestOptions options) {
        return new Query().call(operation, method, PATH + "/" + PathSegments.encode("jobId", jobId) + suffix, null,
                options);
    }

    private Page<FineTuningJob> page(FineTuningJobListRequest filters, JobListResponse response,
                                     RequestOptions options) {
        return Pages.of(response.data(), response.total(), filters.page(), filters.pageSize(),
                next -> list(filters.withPage(next), options));
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<FineTuningJob> create(FineTuningJobRequest request, RequestOptions options) {
            return calls.sync(() -> createCall(request, false, options), FineTuningJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> createAsync(FineTuningJobRequest request,
                                                                         RequestOptions options) {
            return calls.async(() -> createCall(request, false, options), FineTuningJob.class);
        }

        @Override
        public ApiResponse<FineTuningJobEstimate> dryRun(FineTuningJobRequest request, RequestOptions options) {
            return calls.sync(() -> createCall(request, true, options), FineTuningJobEstimate.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJobEstimate>> dryRunAsync(FineTuningJobRequest request,
                                                                                 RequestOptions options) {
            return calls.async(() -> createCall(request, true, options), FineTuningJobEstimate.class);
        }

        @Override
        public ApiResponse<Page<FineTuningJob>> list(FineTuningJobListRequest request, RequestOptions options) {
            FineTuningJobListRequest filters = request == null ? FineTuningJobListRequest.all() : request;
            ApiResponse<JobListResponse> response = calls.sync(() -> listCall(filters, options),
                    JobListResponse.class);
            return Pages.wrap(response, page(filters, response.value(), options));
        }

        @Override
        public CompletableFuture<ApiResponse<Page<FineTuningJob>>> listAsync(FineTuningJobListRequest request,
                                                                             RequestOptions options) {
            FineTuningJobListRequest filters = request == null ? FineTuningJobListRequest.all() : request;
            return calls.<JobListResponse>async(() -> listCall(filters, options), JobListResponse.class)
                    .thenApply(response -> Pages.wrap(response, page(filters, response.value(), options)));
        }

        @Override
        public ApiResponse<FineTuningJob> get(String jobId, RequestOptions options) {
            return calls.sync(() -> jobCall("fine_tuning.jobs.get", "GET", jobId, "", options), FineTuningJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> getAsync(String jobId, RequestOptions options) {
            return calls.async(() -> jobCall("fine_tuning.jobs.get", "GET", jobId, "", options),
                    FineTuningJob.class);
        }

        @Override
        public ApiResponse<FineTuningJob> cancel(String jobId, RequestOptions options) {
            return calls.sync(() -> jobCall("fine_tuning.jobs.cancel", "POST", jobId, "/cancel", options),
                    FineTuningJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> cancelAsync(String jobId, RequestOptions options) {
            return calls.async(() -> jobCall("fine_tuning.jobs.cancel", "POST", jobId, "/cancel", options),
                    FineTuningJob.class);
        }

        @Override
        public ApiResponse<FineTuningJob> start(String jobId, RequestOptions options) {
            return calls.sync(() -> jobCall("fine_tuning.jobs.start", "POST", jobId, "/start", options),
                    FineTuningJob.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FineTuningJob>> startAsync(String jobId, RequestOptions options) {
            return calls.async(() -> jobCall("fine_tuning.jobs.start", "POST", jobId, "/start", options),
                    FineTuningJob.class);
        }
    }
}
