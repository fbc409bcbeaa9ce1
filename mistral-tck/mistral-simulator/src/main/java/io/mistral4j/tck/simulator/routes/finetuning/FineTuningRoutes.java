package io.mistral4j.tck.simulator.routes.finetuning;

import io.mistral4j.tck.simulator.wire.JsonBody;
import io.mistral4j.tck.simulator.routes.files.FilesRoutes;
import io.mistral4j.tck.simulator.state.FileStore;
import io.mistral4j.tck.simulator.state.FineTunedModelEntry;
import io.mistral4j.tck.simulator.state.FineTuningJobState;
import io.mistral4j.tck.simulator.state.JobRegistry;
import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.state.StoredFile;
import io.mistral4j.tck.simulator.text.Tokenizer;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Paging;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.ResourceIds;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.RouteHandler;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.ShapeValidator;
import io.mistral4j.tck.simulator.wire.Violations;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /v1/fine_tuning/jobs}: create (or dry-run) a job from uploaded training files, list
 * with filters and paging, get, start and cancel. Jobs move on the simulated clock; a
 * successful one registers its fine-tuned model in the {@link ModelCatalog}.
 */
public final class FineTuningRoutes implements RouteFamily {

    static final List<String> STATUSES = List.of("QUEUED", "STARTED", "VALIDATING", "VALIDATED", "RUNNING",
            "FAILED_VALIDATION", "FAILED", "SUCCESS", "CANCELLED", "CANCELLATION_REQUESTED");

    private final ModelCatalog catalog;
    private final FileStore files;
    private final InstantSource clock;
    private final ResourceIds ids;
    private final JobRegistry<FineTuningJobState> jobs = new JobRegistry<>();
    private final boolean retired;

    /**
     * The fine-tuning routes; when {@code retired}, every one answers 410 Gone as Mistral's API
     * does since fine-tuning was withdrawn from it.
     */
    public FineTuningRoutes(ModelCatalog catalog, FileStore files, InstantSource clock, ResourceIds ids,
                            boolean retired) {
        this.catalog = catalog;
        this.files = files;
        this.clock = clock;
        this.ids = ids;
        this.retired = retired;
    }

    @Override
    public void register(Router router) {
        add(router, "POST", "/v1/fine_tuning/jobs", this::create);
        add(router, "GET", "/v1/fine_tuning/jobs", this::list);
        add(router, "GET", "/v1/fine_tuning/jobs/{job_id}", request -> withJob(request, job -> job.toJson(true)));
        add(router, "POST", "/v1/fine_tuning/jobs/{job_id}/cancel", this::cancel);
        add(router, "POST", "/v1/fine_tuning/jobs/{job_id}/start", this::start);
    }

    private void add(Router router, String method, String path, RouteHandler handler) {
        router.add(method, path, retired ? request -> retiredReply() : handler);
    }

    private static Reply retiredReply() {
        return ApiErrors.error(410, "The fine-tuning API has been retired; /v1/fine_tuning/jobs is no longer served",
                "gone", "1410");
    }

    private Reply create(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        boolean dryRun = Boolean.TRUE.equals(query.bool("dry_run", violations.list()));
        JsonBody body = JsonBody.parse(request.body());
        if (body.error() != null) {
            return body.error();
        }
        violations.addAll(ShapeValidator.validate(JobShapes.JOB_IN, body.object(), "body"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        JsonObject job = body.object();
        String model = Json.string(job, "model");
        Optional<ModelCard> root = catalog.all().stream().filter(m -> m.answersTo(model)).findFirst();
        if (root.isEmpty() || !root.get().can("fine_tuning")) {
            return ApiErrors.error(400, "Model " + model + " is not available for fine-tuning", "invalid_model",
                    "1500");
        }
        boolean classifier = "classifier".equals(Json.string(job, "job_type"));
        JsonArray targets = Json.array(job, "classifier_targets");
        if (classifier && (targets == null || targets.isEmpty())) {
            return ApiErrors.badRequest("A classifier job needs classifier_targets");
        }
        List<StoredFile> training = new ArrayList<>();
        JsonArray trainingFiles = Json.array(job, "training_files");
        if (trainingFiles != null) {
            for (JsonElement element : trainingFiles) {
                String id = Json.string(element.getAsJsonObject(), "file_id");
                Optional<StoredFile> file = files.find(id);
                if (file.isEmpty()) {
                    return FilesRoutes.notFound(id);
                }
                if (!"fine-tune".equals(file.get().purpose())) {
                    return ApiErrors.badRequest("File " + id + " has purpose " + file.get().purpose()
                            + "; training files need purpose fine-tune");
                }
                training.add(file.get());
            }
        }
        JsonArray validationFiles = Json.array(job, "validation_files");
        if (validationFiles != null) {
            for (JsonElement element : validationFiles) {
                if (files.find(element.getAsString()).isEmpty()) {
                    return FilesRoutes.notFound(element.getAsString());
                }
            }
        }
        JsonArray repositories = Json.array(job, "repositories");
        if (training.isEmpty() && (repositories == null || repositories.isEmpty())) {
            return ApiErrors.badRequest("At least one training file or repository is required");
        }
        double skippable = Json.isNumber(job.get("invalid_sample_skip_percentage"))
                ? job.get("invalid_sample_skip_percentage").getAsDouble() : 0;
        FineTuningJobState.TrainingDataCheck check = check(training, classifier, skippable);
        if (dryRun) {
            return Reply.Json.ok(estimate(job, check));
        }
        String id = ids.next("fine-tuning-job");
        FineTuningJobState state = new FineTuningJobState(id, job, clock.instant().getEpochSecond(), check,
                (done, at) -> register(done, at, root.get()));
        jobs.add(state);
        return Reply.Json.ok(state.toJson(false));
    }

    private FineTunedModelEntry register(FineTuningJobState job, long at, ModelCard root) {
        FineTunedModelEntry model = new FineTunedModelEntry(job.fineTunedModelId(at), root, job.id(), at,
                job.classifier(), job.classifier() ? job.classifierTargets() : null);
        catalog.addFineTuned(model);
        return model;
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int page = QueryParams.orDefault(query.integer("page", false, null, null, violations.list()), 0);
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, null, null, violations.list()), 100);
        String model = query.string("model");
        Instant after = query.dateTime("created_after", violations.list());
        Instant before = query.dateTime("created_before", violations.list());
        query.bool("created_by_me", violations.list()); // every job here is the caller's
        String status = query.choice("status", STATUSES, violations.list());
        String wandbProject = query.string("wandb_project");
        String wandbName = query.string("wandb_name");
        String suffix = query.string("suffix");
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        long now = clock.instant().getEpochSecond();
        List<FineTuningJobState> matching = new ArrayList<>();
        for (FineTuningJobState job : jobs.newestFirst()) {
            String jobStatus = job.status(now);
            if ((model == null || model.equals(job.model()))
                    && (after == null || job.createdAt() > after.getEpochSecond())
                    && (before == null || job.createdAt() < before.getEpochSecond())
                    && (status == null || status.equals(jobStatus))
                    && (wandbProject == null || hasIntegration(job, "project", wandbProject))
                    && (wandbName == null || hasIntegration(job, "name", wandbName))
                    && (suffix == null || suffix.equals(Json.string(job.request(), "suffix")))) {
                matching.add(job);
            }
        }
        JsonArray data = new JsonArray();
        Paging.slice(matching, page, pageSize).forEach(job -> data.add(job.toJson(false)));
        JsonObject body = new JsonObject();
        body.add("data", data);
        body.addProperty("object", "list");
        body.addProperty("total", matching.size());
        return Reply.Json.ok(body);
    }

    private Reply cancel(ApiRequest request) {
        return withJob(request, job -> {
            job.cancel(clock.instant().getEpochSecond());
            return job.toJson(true);
        });
    }

    private Reply start(ApiRequest request) {
        Violations violations = new Violations();
        String id = violations.uuid("job_id", request.pathParam("job_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        FineTuningJobState job = jobs.find(id);
        if (job == null) {
            return jobNotFound(id);
        }
        long now = clock.instant().getEpochSecond();
        if (!job.start(now)) {
            return ApiErrors.badRequest("Job " + id + " cannot be started: it is " + job.status(now)
                    + " and starts only once validated, and only when created without auto_start");
        }
        return Reply.Json.ok(job.toJson(true));
    }

    private Reply withJob(ApiRequest request, java.util.function.Function<FineTuningJobState, JsonObject> render) {
        Violations violations = new Violations();
        String id = violations.uuid("job_id", request.pathParam("job_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        FineTuningJobState job = jobs.find(id);
        if (job == null) {
            return jobNotFound(id);
        }
        job.refresh(clock.instant().getEpochSecond());
        return Reply.Json.ok(render.apply(job));
    }

    private static boolean hasIntegration(FineTuningJobState job, String field, String value) {
        JsonArray integrations = Json.array(job.request(), "integrations");
        if (integrations == null) {
            return false;
        }
        for (JsonElement integration : integrations) {
            if (value.equals(Json.string(integration.getAsJsonObject(), field))) {
                return true;
            }
        }
        return false;
    }

    private static Reply.Json jobNotFound(String id) {
        return ApiErrors.error(404, "Job not found: " + id, "not_found", "1404");
    }

    /** Reads each training file line by line: the samples must be conversations (or labelled texts). */
    private FineTuningJobState.TrainingDataCheck check(List<StoredFile> training, boolean classifier,
                                                       double skippable) {
        long lines = 0;
        long invalid = 0;
        long tokens = 0;
        String firstProblem = null;
        for (StoredFile file : training) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(files.open(file),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    lines++;
                    String problem = sampleProblem(line, classifier);
                    if (problem == null) {
                        tokens += Tokenizer.count(line);
                    } else {
                        invalid++;
                        if (firstProblem == null) {
                            firstProblem = file.filename() + " line " + lines + ": " + problem;
                        }
                    }
                }
            } catch (IOException e) {
                return new FineTuningJobState.TrainingDataCheck(false, "cannot read " + file.filename(), 0);
            }
        }
        if (lines == 0 && !training.isEmpty()) {
            return new FineTuningJobState.TrainingDataCheck(false, "the training data is empty", 0);
        }
        boolean valid = lines == 0 || (double) invalid / lines <= skippable;
        return new FineTuningJobState.TrainingDataCheck(valid, valid ? null : invalid + " of " + lines
                + " samples are invalid, first: " + firstProblem, tokens);
    }

    private static String sampleProblem(String line, boolean classifier) {
        JsonElement element;
        try {
            element = JsonParser.parseString(line);
        } catch (JsonParseException e) {
            return "not valid JSON";
        }
        if (!element.isJsonObject()) {
            return "not a JSON object";
        }
        JsonObject sample = element.getAsJsonObject();
        if (classifier) {
            return Json.string(sample, "text") != null && Json.object(sample, "labels") != null ? null
                    : "a classifier sample needs \"text\" and \"labels\"";
        }
        JsonArray messages = Json.array(sample, "messages");
        if (messages == null || messages.isEmpty()) {
            return "a sample needs a non-empty \"messages\" list";
        }
        for (JsonElement message : messages) {
            if (!message.isJsonObject() || Json.string(message.getAsJsonObject(), "role") == null) {
                return "every message needs a \"role\"";
            }
        }
        return null;
    }

    /** The spec's {@code LegacyJobMetadataOut}, the answer of a dry run. */
    private static JsonObject estimate(JsonObject job, FineTuningJobState.TrainingDataCheck check) {
        JsonObject hyper = Json.object(job, "hyperparameters");
        int steps = hyper != null && Json.isNumber(hyper.get("training_steps"))
                ? hyper.get("training_steps").getAsInt() : FineTuningJobState.DEFAULT_TRAINING_STEPS;
        JsonObject out = new JsonObject();
        out.addProperty("expected_duration_seconds", 60 + 6L * steps);
        out.addProperty("cost", Math.round(check.dataTokens() * 0.000004 * steps * 10_000) / 10_000.0);
        out.addProperty("cost_currency", "EUR");
        out.addProperty("train_tokens_per_step", Math.max(1, check.dataTokens()));
        out.addProperty("train_tokens", check.dataTokens() * steps);
        out.addProperty("data_tokens", check.dataTokens());
        out.add("estimated_start_time", com.google.gson.JsonNull.INSTANCE);
        out.addProperty("deprecated", true);
        out.addProperty("details", check.valid() ? "" : check.error());
        out.addProperty("epochs", check.dataTokens() == 0 ? 0 : (double) steps);
        out.addProperty("training_steps", steps);
        out.addProperty("object", "job.metadata");
        return out;
    }
}
