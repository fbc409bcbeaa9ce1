package io.mistral4j.tck.simulator.state;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch job and its timeline on the simulated clock: QUEUED, RUNNING after 10 s (when
 * every request is answered by the simulator's own routes), one request done per second, then
 * SUCCESS (FAILED when no request succeeded) with an output file of answers and an error file
 * of failures. A job whose timeout passes first ends TIMEOUT_EXCEEDED; a cancel request is
 * CANCELLATION_REQUESTED, then CANCELLED 5 s later. Both keep the answers done by then. The
 * {@link JobLifecycle} brings the state up to the clock whenever it is read.
 */
public final class BatchJobState extends JobLifecycle {

    static final long RUNNING_AFTER = 10;
    static final long SECONDS_PER_REQUEST = 1;

    /** Answers the requests of a job once it runs. */
    public interface Runner {
        /** One output line ({@code id}, {@code custom_id}, {@code response}, {@code error}) per input line. */
        List<JsonObject> run(BatchJobState job);

        /** Stores the answers and failures as files; returns their ids (either may be null). */
        String[] store(BatchJobState job, List<JsonObject> outputs, List<JsonObject> errors);
    }

    private final JsonObject request;
    private final int totalRequests;
    private final long deadline;
    private final Runner runner;

    private long startedAt = -1;
    private long completedAt = -1;
    private List<JsonObject> results;
    private int done;
    private String outputFile;
    private String errorFile;

    public BatchJobState(String id, JsonObject request, long createdAt, int totalRequests, Runner runner) {
        super(id, createdAt, "QUEUED", Set.of("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED"));
        this.request = request.deepCopy();
        this.totalRequests = totalRequests;
        int hours = Json.isNumber(request.get("timeout_hours")) ? request.get("timeout_hours").getAsInt() : 24;
        this.deadline = createdAt + Math.max(1, hours) * 3600L;
        this.runner = runner;
    }

    public JsonObject request() {
        return request;
    }

    public String model() {
        return Json.string(request, "model");
    }

    public String endpoint() {
        return Json.string(request, "endpoint");
    }

    @Override
    protected long leavesAt(String current) {
        return switch (current) {
            case "QUEUED" -> Math.min(createdAt() + RUNNING_AFTER, deadline);
            case "RUNNING" -> Math.min(startedAt + Math.max(1, results.size()) * SECONDS_PER_REQUEST, deadline);
            default -> -1;
        };
    }

    @Override
    protected String leave(String current, long at) {
        switch (current) {
            case "QUEUED" -> {
                if (at >= deadline) {
                    return finish(at, 0, "TIMEOUT_EXCEEDED");
                }
                startedAt = at;
                results = runner.run(this);
                return "RUNNING";
            }
            case "RUNNING" -> {
                int completed = completedBy(at);
                if (completed < results.size()) {
                    return finish(at, completed, "TIMEOUT_EXCEEDED");
                }
                boolean anySuccess = results.stream().anyMatch(BatchJobState::succeeded);
                return finish(at, completed, anySuccess ? "SUCCESS" : "FAILED");
            }
            default -> throw new IllegalStateException("no transition from " + current);
        }
    }

    @Override
    protected void cancelRequested(String current, long at) {
        if (current.equals("RUNNING")) {
            done = completedBy(at);
        }
    }

    @Override
    protected void cancelled(long at) {
        finish(at, results == null ? 0 : done, CANCELLED);
    }

    private int completedBy(long now) {
        if (results == null || startedAt < 0) {
            return 0;
        }
        return (int) Math.min(results.size(), (now - startedAt) / SECONDS_PER_REQUEST);
    }

    /** Stores what was done by {@code at} as files; returns {@code finalStatus}. */
    private String finish(long at, int completed, String finalStatus) {
        done = completed;
        List<JsonObject> outputs = new ArrayList<>();
        List<JsonObject> errors = new ArrayList<>();
        if (results != null) {
            for (JsonObject line : results.subList(0, completed)) {
                (succeeded(line) ? outputs : errors).add(line);
            }
        }
        if (!outputs.isEmpty() || !errors.isEmpty()) {
            String[] stored = runner.store(this, outputs, errors);
            outputFile = stored[0];
            errorFile = stored[1];
        }
        completedAt = at;
        return finalStatus;
    }

    static boolean succeeded(JsonObject line) {
        JsonElement error = line.get("error");
        return error == null || error.isJsonNull();
    }

    /** The spec's {@code BatchJobOut}; {@code inline} adds the answers done so far as {@code outputs}. */
    public synchronized JsonObject toJson(long now, boolean inline) {
        String status = status(now);
        int completed = switch (status) {
            case "RUNNING" -> completedBy(now);
            case "QUEUED" -> 0;
            default -> done;
        };
        List<JsonObject> finished = results == null ? List.of() : results.subList(0, Math.min(completed,
                results.size()));
        int succeeded = (int) finished.stream().filter(BatchJobState::succeeded).count();
        JsonObject o = new JsonObject();
        o.addProperty("id", id());
        o.addProperty("object", "batch");
        JsonArray inputFiles = Json.array(request, "input_files");
        o.add("input_files", inputFiles == null ? new JsonArray() : inputFiles.deepCopy());
        JsonObject metadata = Json.object(request, "metadata");
        o.add("metadata", metadata == null ? JsonNull.INSTANCE : metadata.deepCopy());
        o.addProperty("endpoint", endpoint());
        nullable(o, "model", model());
        nullable(o, "agent_id", Json.string(request, "agent_id"));
        nullable(o, "output_file", outputFile);
        nullable(o, "error_file", errorFile);
        o.add("errors", errorSummary(finished));
        if (inline) {
            JsonArray outputs = new JsonArray();
            finished.forEach(line -> outputs.add(line.deepCopy()));
            o.add("outputs", outputs);
        } else {
            o.add("outputs", JsonNull.INSTANCE);
        }
        o.addProperty("status", status);
        o.addProperty("created_at", createdAt());
        o.addProperty("total_requests", results == null ? totalRequests : results.size());
        o.addProperty("completed_requests", completed);
        o.addProperty("succeeded_requests", succeeded);
        o.addProperty("failed_requests", completed - succeeded);
        nullableLong(o, "started_at", startedAt);
        nullableLong(o, "completed_at", completedAt);
        return o;
    }

    private static JsonArray errorSummary(List<JsonObject> finished) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonObject line : finished) {
            if (!succeeded(line)) {
                String message = Json.string(line.getAsJsonObject("error"), "message");
                counts.merge(message == null ? "Request failed" : message, 1, Integer::sum);
            }
        }
        JsonArray errors = new JsonArray();
        counts.forEach((message, count) -> {
            JsonObject error = new JsonObject();
            error.addProperty("message", message);
            error.addProperty("count", count);
            errors.add(error);
        });
        return errors;
    }

    /** Lines as JSONL bytes. */
    public static byte[] jsonl(List<JsonObject> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(Json.write(line)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void nullable(JsonObject target, String field, String value) {
        if (value == null) {
            target.add(field, JsonNull.INSTANCE);
        } else {
            target.addProperty(field, value);
        }
    }

    private static void nullableLong(JsonObject target, String field, long value) {
        if (value < 0) {
            target.add(field, JsonNull.INSTANCE);
        } else {
            target.addProperty(field, value);
        }
    }
}
