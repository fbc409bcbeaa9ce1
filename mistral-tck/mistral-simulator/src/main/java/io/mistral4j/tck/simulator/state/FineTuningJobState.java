package io.mistral4j.tck.simulator.state;

import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One fine-tuning job and its timeline on the simulated clock: QUEUED, VALIDATING (5 s),
 * VALIDATED or FAILED_VALIDATION (20 s), then, once started (by itself with
 * {@code auto_start}, else by {@code /start}), STARTED (10 s later), RUNNING (10 s later) with
 * four checkpoints, and SUCCESS after 60 s plus 6 s per training step, which registers the
 * fine-tuned model. A cancel request is CANCELLATION_REQUESTED, then CANCELLED 5 s later.
 * The {@link JobLifecycle} brings the state up to the clock whenever it is read; every change
 * of status is an event.
 */
public final class FineTuningJobState extends JobLifecycle {

    static final long VALIDATING_AFTER = 5;
    static final long VALIDATED_AFTER = 20;
    static final long STARTED_AFTER = 10;
    static final long RUNNING_AFTER = 10;
    public static final int DEFAULT_TRAINING_STEPS = 10;
    private static final int CHECKPOINTS = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JsonObject request;
    private final String model;
    private final boolean classifier;
    private final boolean autoStart;
    private final int trainingSteps;
    private final TrainingDataCheck validation;
    private final BiFunction<FineTuningJobState, Long, FineTunedModelEntry> onSuccess;
    private final List<JsonObject> events = new ArrayList<>();
    private final List<JsonObject> checkpoints = new ArrayList<>();

    private long modifiedAt;
    private long validatedAt = -1;
    private Long startRequestedAt;
    private long startedAt = -1;
    private long runningAt = -1;
    private String fineTunedModel;
    private Long trainedTokens;

    public FineTuningJobState(String id, JsonObject request, long createdAt, TrainingDataCheck validation,
                       BiFunction<FineTuningJobState, Long, FineTunedModelEntry> onSuccess) {
        super(id, createdAt, "QUEUED", Set.of("SUCCESS", "FAILED", "FAILED_VALIDATION"));
        this.request = request.deepCopy();
        this.model = Json.string(request, "model");
        this.classifier = "classifier".equals(Json.string(request, "job_type"));
        this.autoStart = !Json.isBoolean(request.get("auto_start")) || request.get("auto_start").getAsBoolean();
        this.modifiedAt = createdAt;
        JsonObject hyper = Json.object(request, "hyperparameters");
        JsonElement steps = hyper == null ? null : hyper.get("training_steps");
        this.trainingSteps = Json.isNumber(steps) ? steps.getAsInt() : DEFAULT_TRAINING_STEPS;
        this.validation = validation;
        this.onSuccess = onSuccess;
        event("QUEUED", createdAt);
    }

    /** What validating the training data found. */
    public record TrainingDataCheck(boolean valid, String error, long dataTokens) {
    }

    public String model() {
        return model;
    }

    public boolean classifier() {
        return classifier;
    }

    public JsonObject request() {
        return request;
    }

    /** Asks to start a validated job; false if it is not waiting to be started. */
    public synchronized boolean start(long now) {
        String status = status(now);
        if (autoStart || startRequestedAt != null || !status.equals("VALIDATED")) {
            return false;
        }
        startRequestedAt = now;
        return true;
    }

    @Override
    protected long leavesAt(String current) {
        return switch (current) {
            case "QUEUED" -> createdAt() + VALIDATING_AFTER;
            case "VALIDATING" -> createdAt() + VALIDATED_AFTER;
            case "VALIDATED" -> readyAt() < 0 ? -1 : readyAt() + STARTED_AFTER;
            case "STARTED" -> startedAt + RUNNING_AFTER;
            case "RUNNING" -> runningAt + checkpointOffset(checkpoints.size() + 1);
            default -> -1;
        };
    }

    private long readyAt() {
        if (autoStart) {
            return validatedAt;
        }
        return startRequestedAt == null ? -1 : Math.max(validatedAt, startRequestedAt);
    }

    @Override
    protected String leave(String current, long at) {
        switch (current) {
            case "QUEUED" -> {
                return "VALIDATING";
            }
            case "VALIDATING" -> {
                validatedAt = at;
                return validation.valid() ? "VALIDATED" : "FAILED_VALIDATION";
            }
            case "VALIDATED" -> {
                startedAt = at;
                return "STARTED";
            }
            case "STARTED" -> {
                runningAt = at;
                return "RUNNING";
            }
            case "RUNNING" -> {
                addCheckpoint(at);
                if (checkpoints.size() < CHECKPOINTS) {
                    return "RUNNING";
                }
                trainedTokens = validation.dataTokens() * Math.max(1, trainingSteps / 4);
                FineTunedModelEntry produced = onSuccess.apply(this, at);
                fineTunedModel = produced.id();
                return "SUCCESS";
            }
            default -> throw new IllegalStateException("no transition from " + current);
        }
    }

    @Override
    protected void entered(String status, long at) {
        modifiedAt = at;
        event(status, at);
    }

    private long checkpointOffset(int index) {
        long duration = 60 + 6L * trainingSteps;
        return duration * index / CHECKPOINTS;
    }

    private void addCheckpoint(long at) {
        int index = checkpoints.size() + 1;
        JsonObject metrics = new JsonObject();
        metrics.addProperty("train_loss", round(2.0 / (1 + index)));
        metrics.addProperty("valid_loss", round(2.2 / (1 + index)));
        metrics.addProperty("valid_mean_token_accuracy", round(0.5 + 0.1 * index));
        JsonObject checkpoint = new JsonObject();
        checkpoint.add("metrics", metrics);
        checkpoint.addProperty("step_number", Math.max(1, trainingSteps * index / CHECKPOINTS));
        checkpoint.addProperty("created_at", at);
        checkpoints.add(checkpoint);
        modifiedAt = at;
    }

    /** A status-updated event; a failed validation says why. */
    private void event(String newStatus, long at) {
        JsonObject data = new JsonObject();
        if (newStatus.equals("FAILED_VALIDATION")) {
            data.addProperty("error", validation.error());
        }
        data.addProperty("status", newStatus);
        JsonObject event = new JsonObject();
        event.addProperty("name", "status-updated");
        event.add("data", data);
        event.addProperty("created_at", at);
        events.add(event);
    }

    /** The model id a successful job produces, e.g. {@code ft:mistral-small-latest:a1b2c3d4:20250101:1f2e3d4c}. */
    public String fineTunedModelId(long at) {
        String suffix = Json.string(request, "suffix");
        String date = DAY.format(Instant.ofEpochSecond(at).atZone(ZoneOffset.UTC));
        return "ft:" + model + ":" + (suffix == null || suffix.isBlank() ? FineTunedModelEntry.OWNER : suffix) + ":"
                + date + ":" + id().replace("-", "").substring(0, 8);
    }

    /** The spec's {@code CompletionJobOut}/{@code ClassifierJobOut}, or their detailed forms. */
    public synchronized JsonObject toJson(boolean detailed) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id());
        o.addProperty("auto_start", autoStart);
        o.addProperty("model", model);
        o.addProperty("status", status());
        o.addProperty("created_at", createdAt());
        o.addProperty("modified_at", modifiedAt);
        JsonArray training = new JsonArray();
        JsonArray files = Json.array(request, "training_files");
        if (files != null) {
            files.forEach(f -> training.add(Json.string(f.getAsJsonObject(), "file_id")));
        }
        o.add("training_files", training);
        JsonArray validationFiles = Json.array(request, "validation_files");
        o.add("validation_files", validationFiles == null ? new JsonArray() : validationFiles.deepCopy());
        o.addProperty("object", "job");
        nullableString(o, "fine_tuned_model", fineTunedModel);
        nullableString(o, "suffix", Json.string(request, "suffix"));
        o.add("integrations", integrations());
        if (trainedTokens == null) {
            o.add("trained_tokens", JsonNull.INSTANCE);
        } else {
            o.addProperty("trained_tokens", trainedTokens);
        }
        o.add("metadata", metadata());
        o.addProperty("job_type", classifier ? "classifier" : "completion");
        o.add("hyperparameters", hyperparameters());
        if (!classifier) {
            o.add("repositories", repositories());
        }
        if (detailed) {
            JsonArray eventArray = new JsonArray();
            events.forEach(e -> eventArray.add(e.deepCopy()));
            o.add("events", eventArray);
            JsonArray checkpointArray = new JsonArray();
            checkpoints.forEach(c -> checkpointArray.add(c.deepCopy()));
            o.add("checkpoints", checkpointArray);
            if (classifier) {
                o.add("classifier_targets", classifierTargets());
            }
        }
        return o;
    }

    public JsonArray classifierTargets() {
        JsonArray out = new JsonArray();
        JsonArray targets = Json.array(request, "classifier_targets");
        if (targets != null) {
            for (JsonElement t : targets) {
                JsonObject in = t.getAsJsonObject();
                JsonObject target = new JsonObject();
                target.addProperty("name", Json.string(in, "name"));
                target.add("labels", in.get("labels").deepCopy());
                target.addProperty("weight", Json.isNumber(in.get("weight")) ? in.get("weight").getAsDouble() : 1.0);
                String loss = Json.string(in, "loss_function");
                target.addProperty("loss_function", loss == null ? "single_class" : loss);
                out.add(target);
            }
        }
        return out;
    }

    private JsonObject hyperparameters() {
        JsonObject in = Json.object(request, "hyperparameters");
        JsonObject out = new JsonObject();
        out.addProperty("training_steps", trainingSteps);
        out.add("learning_rate", valueOr(in, "learning_rate", 0.0001));
        out.add("weight_decay", valueOr(in, "weight_decay", 0.1));
        out.add("warmup_fraction", valueOr(in, "warmup_fraction", 0.05));
        out.add("epochs", in != null && in.has("epochs") ? in.get("epochs") : JsonNull.INSTANCE);
        out.add("seq_len", in != null && in.has("seq_len") ? in.get("seq_len") : JsonNull.INSTANCE);
        if (!classifier) {
            out.add("fim_ratio", valueOr(in, "fim_ratio", 0.9));
        }
        return out;
    }

    private JsonArray integrations() {
        JsonArray out = new JsonArray();
        JsonArray in = Json.array(request, "integrations");
        if (in != null) {
            for (JsonElement element : in) {
                JsonObject integration = element.getAsJsonObject();
                JsonObject copy = new JsonObject();
                copy.addProperty("type", "wandb");
                copy.addProperty("project", Json.string(integration, "project"));
                nullableString(copy, "name", Json.string(integration, "name"));
                nullableString(copy, "run_name", Json.string(integration, "run_name"));
                copy.add("url", JsonNull.INSTANCE);
                out.add(copy); // never the api_key
            }
        }
        return out;
    }

    private JsonArray repositories() {
        JsonArray out = new JsonArray();
        JsonArray in = Json.array(request, "repositories");
        if (in != null) {
            for (JsonElement element : in) {
                JsonObject repository = element.getAsJsonObject();
                JsonObject copy = new JsonObject();
                copy.addProperty("type", "github");
                copy.addProperty("name", Json.string(repository, "name"));
                copy.addProperty("owner", Json.string(repository, "owner"));
                nullableString(copy, "ref", Json.string(repository, "ref"));
                copy.add("weight", valueOr(repository, "weight", 1.0));
                copy.addProperty("commit_id", "0123456789abcdef0123456789abcdef01234567");
                out.add(copy); // never the token
            }
        }
        return out;
    }

    private JsonObject metadata() {
        JsonObject m = new JsonObject();
        m.addProperty("expected_duration_seconds", VALIDATED_AFTER + STARTED_AFTER + RUNNING_AFTER + 60
                + 6L * trainingSteps);
        m.addProperty("cost", round(validation.dataTokens() * 0.000004 * trainingSteps));
        m.addProperty("cost_currency", "EUR");
        m.addProperty("train_tokens_per_step", Math.max(1, validation.dataTokens()));
        m.addProperty("train_tokens", validation.dataTokens() * trainingSteps);
        m.addProperty("data_tokens", validation.dataTokens());
        m.add("estimated_start_time", JsonNull.INSTANCE);
        return m;
    }

    private static JsonElement valueOr(JsonObject in, String field, double fallback) {
        JsonElement value = in == null ? null : in.get(field);
        return value == null || value.isJsonNull() ? Json.number(fallback) : value;
    }

    private static void nullableString(JsonObject target, String field, String value) {
        if (value == null) {
            target.add(field, JsonNull.INSTANCE);
        } else {
            target.addProperty(field, value);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
