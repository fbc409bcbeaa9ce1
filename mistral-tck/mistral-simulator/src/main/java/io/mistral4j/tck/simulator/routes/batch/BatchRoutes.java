package io.mistral4j.tck.simulator.routes.batch;

import io.mistral4j.tck.simulator.routes.files.FilesRoutes;
import io.mistral4j.tck.simulator.state.BatchJobState;
import io.mistral4j.tck.simulator.state.FileStore;
import io.mistral4j.tck.simulator.state.JobRegistry;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.state.StoredFile;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Paging;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.ResourceIds;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import io.mistral4j.tck.simulator.wire.Violations;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
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
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v1/batch/jobs}: create a job from uploaded JSONL files or inline requests, list
 * with filters and paging, get (optionally with the answers inline), cancel and delete. A running job
 * sends each request to the simulator's own route for the job's endpoint, so a chat batch
 * gets the same answers as {@code /v1/chat/completions}; answers and failures are written to
 * an output file and an error file in the {@link FileStore}.
 */
public final class BatchRoutes implements RouteFamily {

    static final List<String> STATUSES = List.of("QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED",
            "CANCELLATION_REQUESTED", "CANCELLED");
    private static final int MAX_INLINE_REQUESTS = 10_000;

    private final ModelCatalog catalog;
    private final FileStore files;
    private final InstantSource clock;
    private final ResourceIds ids;
    private final JobRegistry<BatchJobState> jobs = new JobRegistry<>();
    private Router router;

    public BatchRoutes(ModelCatalog catalog, FileStore files, InstantSource clock, ResourceIds ids) {
        this.catalog = catalog;
        this.files = files;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void register(Router target) {
        this.router = target;
        target.add("POST", "/v1/batch/jobs", this::create);
        target.add("GET", "/v1/batch/jobs", this::list);
        target.add("GET", "/v1/batch/jobs/{job_id}", this::get);
        target.add("POST", "/v1/batch/jobs/{job_id}/cancel", this::cancel);
        target.add("DELETE", "/v1/batch/jobs/{job_id}", this::delete);
    }

    private Reply create(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, BatchShapes.BATCH_JOB_IN);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject job = body.object();
        JsonArray inputFiles = Json.array(job, "input_files");
        JsonArray inline = Json.array(job, "requests");
        boolean hasFiles = inputFiles != null && !inputFiles.isEmpty();
        boolean hasInline = inline != null && !inline.isEmpty();
        if (hasFiles == hasInline) {
            return ApiErrors.badRequest("Provide either input_files or requests");
        }
        if (hasInline && inline.size() > MAX_INLINE_REQUESTS) {
            return ApiErrors.badRequest("At most " + MAX_INLINE_REQUESTS + " inline requests are allowed");
        }
        String model = Json.string(job, "model");
        if (model != null && catalog.find(model).isEmpty()) {
            return ApiErrors.invalidModel(model);
        }
        int total = hasInline ? inline.size() : 0;
        if (hasFiles) {
            for (JsonElement element : inputFiles) {
                Optional<StoredFile> file = files.find(element.getAsString());
                if (file.isEmpty()) {
                    return FilesRoutes.notFound(element.getAsString());
                }
                if (!"batch".equals(file.get().purpose())) {
                    return ApiErrors.badRequest("File " + file.get().id() + " has purpose " + file.get().purpose()
                            + "; batch input files need purpose batch");
                }
                total += (int) file.get().numLines();
            }
        }
        String id = ids.next("batch-job");
        BatchJobState state = new BatchJobState(id, job, clock.instant().getEpochSecond(), total, new LineRunner());
        jobs.add(state);
        return Reply.Json.ok(state.toJson(clock.instant().getEpochSecond(), false));
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int page = QueryParams.orDefault(query.integer("page", false, null, null, violations.list()), 0);
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, null, null, violations.list()), 100);
        String model = query.string("model");
        String agentId = query.string("agent_id");
        JsonObject metadata = query.jsonObject("metadata", violations.list());
        Instant after = query.dateTime("created_after", violations.list());
        query.bool("created_by_me", violations.list()); // every job here is the caller's
        List<String> statuses = query.enumList("status", STATUSES, violations.list());
        String order = query.choice("order_by", List.of("created", "-created"), violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        long now = clock.instant().getEpochSecond();
        List<BatchJobState> matching = new ArrayList<>();
        for (BatchJobState job : "created".equals(order) ? jobs.oldestFirst() : jobs.newestFirst()) {
            String status = job.status(now);
            if ((model == null || model.equals(job.model()))
                    && (agentId == null || agentId.equals(Json.string(job.request(), "agent_id")))
                    && (metadata == null || hasMetadata(job, metadata))
                    && (after == null || job.createdAt() > after.getEpochSecond())
                    && (statuses.isEmpty() || statuses.contains(status))) {
                matching.add(job);
            }
        }
        JsonArray data = new JsonArray();
        Paging.slice(matching, page, pageSize).forEach(job -> data.add(job.toJson(now, false)));
        JsonObject body = new JsonObject();
        body.add("data", data);
        body.addProperty("object", "list");
        body.addProperty("total", matching.size());
        return Reply.Json.ok(body);
    }

    private Reply get(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        boolean inline = Boolean.TRUE.equals(query.bool("inline", violations.list()));
        String id = violations.uuid("job_id", request.pathParam("job_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        BatchJobState job = jobs.find(id);
        return job == null ? jobNotFound(id) : Reply.Json.ok(job.toJson(clock.instant().getEpochSecond(),
                inline));
    }

    private Reply cancel(ApiRequest request) {
        Violations violations = new Violations();
        String id = violations.uuid("job_id", request.pathParam("job_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        BatchJobState job = jobs.find(id);
        if (job == null) {
            return jobNotFound(id);
        }
        long now = clock.instant().getEpochSecond();
        job.cancel(now);
        return Reply.Json.ok(job.toJson(now, false));
    }

    /** DeleteBatchJobResponse; the job's files stay, as they do on the platform. */
    private Reply delete(ApiRequest request) {
        Violations violations = new Violations();
        String id = violations.uuid("job_id", request.pathParam("job_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        if (jobs.remove(id) == null) {
            return jobNotFound(id);
        }
        JsonObject deleted = new JsonObject();
        deleted.addProperty("id", id);
        deleted.addProperty("object", "batch");
        deleted.addProperty("deleted", true);
        return Reply.Json.ok(deleted);
    }

    private static boolean hasMetadata(BatchJobState job, JsonObject wanted) {
        JsonObject metadata = Json.object(job.request(), "metadata");
        if (metadata == null) {
            return wanted.isEmpty();
        }
        for (Map.Entry<String, JsonElement> entry : wanted.entrySet()) {
            if (!entry.getValue().equals(metadata.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Reply.Json jobNotFound(String id) {
        return ApiErrors.error(404, "Batch job not found: " + id, "not_found", "1404");
    }

    /** Answers each request of a job through the simulator's own routes, and stores the result files. */
    private final class LineRunner implements BatchJobState.Runner {

        @Override
        public List<JsonObject> run(BatchJobState job) {
            List<JsonObject> results = new ArrayList<>();
            JsonArray inline = Json.array(job.request(), "requests");
            if (inline != null && !inline.isEmpty()) {
                for (JsonElement element : inline) {
                    results.add(answer(job, element.getAsJsonObject(), results.size()));
                }
                return results;
            }
            JsonArray inputFiles = Json.array(job.request(), "input_files");
            for (JsonElement element : inputFiles) {
                Optional<StoredFile> file = files.find(element.getAsString());
                if (file.isEmpty()) {
                    results.add(failure(job, results.size(), null, null, "Input file " + element.getAsString()
                            + " no longer exists", "input_file_missing"));
                    continue;
                }
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(files.open(file.get()),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (!line.isBlank()) {
                            results.add(answerLine(job, line, results.size()));
                        }
                    }
                } catch (IOException e) {
                    results.add(failure(job, results.size(), null, null, "Cannot read input file "
                            + file.get().id(), "input_file_unreadable"));
                }
            }
            return results;
        }

        @Override
        public String[] store(BatchJobState job, List<JsonObject> outputs, List<JsonObject> errors) {
            String prefix = "batch-" + job.id().substring(0, 8);
            String output = outputs.isEmpty() ? null : files.put(BatchJobState.jsonl(outputs),
                    new FileStore.Description(prefix + "-output.jsonl", "batch", "batch_result", "mistral",
                            "application/jsonl", "workspace", null)).id();
            String error = errors.isEmpty() ? null : files.put(BatchJobState.jsonl(errors),
                    new FileStore.Description(prefix + "-error.jsonl", "batch", "batch_error", "mistral",
                            "application/jsonl", "workspace", null)).id();
            return new String[] {output, error};
        }

        private JsonObject answerLine(BatchJobState job, String line, int index) {
            JsonElement parsed;
            try {
                parsed = JsonParser.parseString(line);
            } catch (JsonParseException e) {
                return failure(job, index, null, null, "Invalid JSON on line " + (index + 1), "invalid_line");
            }
            if (!parsed.isJsonObject()) {
                return failure(job, index, null, null, "Line " + (index + 1) + " is not a JSON object",
                        "invalid_line");
            }
            return answer(job, parsed.getAsJsonObject(), index);
        }

        private JsonObject answer(BatchJobState job, JsonObject line, int index) {
            String customId = Json.string(line, "custom_id");
            JsonObject body = Json.object(line, "body");
            if (body == null) {
                return failure(job, index, customId, null, "Line " + (index + 1) + " has no \"body\" object",
                        "invalid_line");
            }
            body = body.deepCopy();
            if (!body.has("model") && job.model() != null) {
                body.addProperty("model", job.model());
            }
            if (Json.isBoolean(body.get("stream")) && body.get("stream").getAsBoolean()) {
                return failure(job, index, customId, null, "Streaming is not available in batch requests",
                        "invalid_request");
            }
            Router.Resolution resolution = router.resolve("POST", job.endpoint());
            if (!(resolution instanceof Router.Found found)) {
                return failure(job, index, customId, null, "The simulator does not answer " + job.endpoint()
                        + " in batches", "unsupported_endpoint");
            }
            String text = Json.write(body);
            Reply reply = found.route().handler().handle(new ApiRequest(null,
                    Map.of("Content-Type", List.of("application/json")), text,
                    text.getBytes(StandardCharsets.UTF_8), found.route().key(), found.pathParams(), 0));
            if (!(reply instanceof Reply.Json json)) {
                return failure(job, index, customId, null, "The endpoint did not answer with JSON", "invalid_request");
            }
            JsonObject response = new JsonObject();
            response.addProperty("status_code", json.status());
            response.add("body", json.body());
            if (json.status() < 300) {
                JsonObject result = line(job, index, customId);
                result.add("response", response);
                result.add("error", JsonNull.INSTANCE);
                return result;
            }
            return failure(job, index, customId, response, errorMessage(json.body()), errorCode(json.body()));
        }

        private JsonObject failure(BatchJobState job, int index, String customId, JsonObject response,
                                   String message, String code) {
            JsonObject result = line(job, index, customId);
            result.add("response", response == null ? JsonNull.INSTANCE : response);
            JsonObject error = new JsonObject();
            error.addProperty("message", message);
            error.addProperty("code", code);
            result.add("error", error);
            return result;
        }

        private JsonObject line(BatchJobState job, int index, String customId) {
            JsonObject result = new JsonObject();
            result.addProperty("id", "batch-" + job.id().substring(0, 8) + "-" + index);
            if (customId == null) {
                result.add("custom_id", JsonNull.INSTANCE);
            } else {
                result.addProperty("custom_id", customId);
            }
            return result;
        }

        private String errorMessage(JsonElement body) {
            if (body != null && body.isJsonObject()) {
                String message = Json.string(body.getAsJsonObject(), "message");
                if (message != null) {
                    return message;
                }
                JsonArray detail = Json.array(body.getAsJsonObject(), "detail");
                if (detail != null && !detail.isEmpty() && detail.get(0).isJsonObject()) {
                    return Json.string(detail.get(0).getAsJsonObject(), "msg");
                }
            }
            return "Request failed";
        }

        private String errorCode(JsonElement body) {
            if (body != null && body.isJsonObject()) {
                JsonElement code = body.getAsJsonObject().get("code");
                if (code != null && code.isJsonPrimitive()) {
                    return code.getAsString();
                }
                if (body.getAsJsonObject().has("detail")) {
                    return "validation_error";
                }
            }
            return null;
        }
    }
}
