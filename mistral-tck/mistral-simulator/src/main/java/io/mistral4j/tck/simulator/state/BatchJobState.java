package io.mistral4j.tck.simulator.state;

import io.mistral4j.tck.simulator.SimulatedClock;
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

/**
 * One batch job and its timeline on the {@link SimulatedClock}: QUEUED, RUNNING after 10 s
 * (when every request is answered by the simulator's own routes), one request done per
 * second, then SUCCESS (FAILED when no request succeeded) with an output file of answers and
 * an error file of failures. A job whose timeout passes first ends TIMEOUT_EXCEEDED; a cancel
 * request is CANCELLATION_REQUESTED, then CANCELLED 5 s later. Both keep the answers done by
 * then. The state is brought up to the clock whenever it is read.
 */
public final class BatchJobState {

    static final long RUNNING_AFTER = 10;
    static final long SECONDS_PER_REQUEST = 1;
    static final long CANCELLED_AFTER = 5;

    /** Answers the requests of a job once it runs. */
    public interface Runner {
        /** One output line ({@code id}, {@code custom_id}, {@code response}, {@code error}) per input line. */
        List<JsonObject> run(BatchJobState job);

        /** Stores the answers and failures as files; returns their ids (either may be null). */
        String[] store(BatchJobState job, List<JsonObject> outputs, List<JsonObject> errors);
    }

    private final String id;
    private final JsonObject request;
    private final long createdAt;
    private final int totalRequests;
    private final long deadline;
    private final Runner runner;

    private String status = "QUEUED";
    private long startedAt = -1;
    private long completedAt = -1;
    private long cancelRequestedAt = -1;
    private List<JsonObject> results;
    private int done;
    private String outputFile;
    private String errorFile;

    public BatchJobState(String id, JsonObject request, long createdAt, int totalRequests, Runner runner) {
        this.id = id;
        this.request = request.deepCopy();
        this.createdAt = createdAt;
        this.totalRequests = totalRequests;
        int hours = Json.isNumber(request.get("timeout_hours")) ? request.get("timeout_hours").getAsInt() : 24;
        this.deadline = createdAt + Math.max(1, hours) * 3600L;
        this.runner = runner;
    }

    public String id() {
        return id;
    }

    public JsonObject request() {
        return request;
    }

    public long createdAt() {
        return createdAt;
    }

    public String model() {
        return Json.string(request, "model");
    }

    public String endpoint() {
        return Json.string(request, "endpoint");
    }

    public synchronized String status(long now) {
        refresh(now);
        return status;
    }

    /** Asks to cancel; false if the job already ended. */
    public synchronized boolean cancel(long now) {
        refresh(now);
        if (isTerminal() || status.equals("CANCELLATION_REQUESTED")) {
            return false;
        }
        if (status.equals("RUNNING")) {
            done = completedBy(now);
        }
        cancelRequestedAt = now;
        status = "CANCELLATION_REQUESTED";
        return true;
    }

    /** Applies every transition due by {@code now}, in order. */
    synchronized void refresh(long now) {
        while (true) {
            long due = nextTransitionTime();
            if (due < 0 || due > now) {
                return;
            }
            applyTransition(due);
        }
    }

    private boolean isTerminal() {
        return switch (status) {
            case "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED" -> true;
            default -> false;
        };
    }

    private long nextTransitionTime() {
        return switch (status) {
            case "QUEUED" -> Math.min(createdAt + RUNNING_AFTER, deadline);
            case "RUNNING" -> Math.min(startedAt + Math.max(1, results.size()) * SECONDS_PER_REQUEST, deadline);
            case "CANCELLATION_REQUESTED" -> cancelRequestedAt + CANCELLED_AFTER;
            default -> -1;
        };
    }

    private void applyTransition(long at) {
        switch (status) {
            case "QUEUED" -> {
                if (at >= deadline) {
                    finish("TIMEOUT_EXCEEDED", at, 0);
                } else {
                    startedAt = at;
                    results = runner.run(this);
                    status = "RUNNING";
                }
            }
            case "RUNNING" -> {
                int completed = completedBy(at);
                if (completed < results.size()) {
                    finish("TIMEOUT_EXCEEDED", at, completed);
                } else {
                    boolean anySuccess = results.stream().anyMatch(BatchJobState::succeeded);
                    finish(anySuccess ? "SUCCESS" : "FAILED", at, completed);
                }
            }
            case "CANCELLATION_REQUESTED" -> finish("CANCELLED", at, results == null ? 0 : done);
            default -> throw new IllegalStateException("no transition from " + status);
        }
    }

    private int completedBy(long now) {
        if (results == null || startedAt < 0) {
            return 0;
        }
        return (int) Math.min(results.size(), (now - startedAt) / SECONDS_PER_REQUEST);
    }

    private void finish(String finalStatus, long at, int completed) {
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
        status = finalStatus;
    }

    static boolean succeeded(JsonObject line) {
        JsonElement error = line.get("error");
        return error == null || error.isJsonNull();
    }

    /** The spec's {@code BatchJobOut}; {@code inline} adds the answers done so far as {@code outputs}. */
    public synchronized JsonObject toJson(long now, boolean inline) {
        refresh(now);
        int completed = switch (status) {
            case "RUNNING" -> completedBy(now);
            case "QUEUED" -> 0;
            default -> done;
        };
        List<JsonObject> finished = results == null ? List.of() : results.subList(0, Math.min(completed,
                results.size()));
        int succeeded = (int) finished.stream().filter(BatchJobState::succeeded).count();
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
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
        o.addProperty("created_at", createdAt);
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
