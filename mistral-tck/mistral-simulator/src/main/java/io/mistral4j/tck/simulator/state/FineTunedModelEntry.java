package io.mistral4j.tck.simulator.state;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * A model a fine-tuning job produced: it chats like its root model, and can be renamed,
 * described, archived, unarchived and deleted.
 */
public final class FineTunedModelEntry {

    static final String WORKSPACE = "a1b2c3d4-0000-4000-8000-00000000f00d";
    public static final String OWNER = "a1b2c3d4";

    private final String id;
    private final ModelCard root;
    private final String job;
    private final long created;
    private final boolean classifier;
    private final JsonArray classifierTargets;
    private String name;
    private String description;
    private boolean archived;

    public FineTunedModelEntry(String id, ModelCard root, String job, long created, boolean classifier,
                        JsonArray classifierTargets) {
        this.id = id;
        this.root = root;
        this.job = job;
        this.created = created;
        this.classifier = classifier;
        this.classifierTargets = classifierTargets == null ? new JsonArray() : classifierTargets.deepCopy();
    }

    public String id() {
        return id;
    }

    ModelCard root() {
        return root;
    }

    public synchronized void update(String newName, String newDescription, boolean setName, boolean setDescription) {
        if (setName) {
            name = newName;
        }
        if (setDescription) {
            description = newDescription;
        }
    }

    public synchronized void archived(boolean value) {
        archived = value;
    }

    public synchronized boolean archived() {
        return archived;
    }

    /** The spec's {@code FTModelCard}, as {@code /v1/models} lists it. */
    public synchronized JsonObject toCard() {
        JsonObject card = new JsonObject();
        card.addProperty("id", id);
        card.addProperty("object", "model");
        card.addProperty("created", created);
        card.addProperty("owned_by", OWNER);
        JsonObject caps = new JsonObject();
        ModelCard.CAPABILITY_FLAGS.forEach(flag -> caps.addProperty(flag, capability(flag)));
        card.add("capabilities", caps);
        nullable(card, "name", name);
        nullable(card, "description", description);
        card.addProperty("max_context_length", root.maxContextLength());
        card.add("aliases", new JsonArray());
        card.add("deprecation", JsonNull.INSTANCE);
        card.add("deprecation_replacement_model", JsonNull.INSTANCE);
        if (root.defaultTemperature() == null) {
            card.add("default_model_temperature", JsonNull.INSTANCE);
        } else {
            card.addProperty("default_model_temperature", root.defaultTemperature());
        }
        card.addProperty("type", "fine-tuned");
        card.addProperty("job", job);
        card.addProperty("root", root.id());
        card.addProperty("archived", archived);
        return card;
    }

    /** The spec's {@code CompletionFTModelOut} or {@code ClassifierFTModelOut}. */
    public synchronized JsonObject toModelOut() {
        JsonObject out = new JsonObject();
        out.addProperty("id", id);
        out.addProperty("object", "model");
        out.addProperty("created", created);
        out.addProperty("owned_by", OWNER);
        out.addProperty("workspace_id", WORKSPACE);
        out.addProperty("root", root.id());
        out.addProperty("root_version", root.aliases().isEmpty() ? root.id() : root.aliases().get(0));
        out.addProperty("archived", archived);
        nullable(out, "name", name);
        nullable(out, "description", description);
        JsonObject caps = new JsonObject();
        caps.addProperty("completion_chat", !classifier);
        caps.addProperty("completion_fim", !classifier && root.can("completion_fim"));
        caps.addProperty("function_calling", !classifier && root.can("function_calling"));
        caps.addProperty("fine_tuning", false);
        caps.addProperty("classification", classifier);
        out.add("capabilities", caps);
        out.addProperty("max_context_length", root.maxContextLength());
        out.add("aliases", new JsonArray());
        out.addProperty("job", job);
        if (classifier) {
            out.add("classifier_targets", classifierTargets.deepCopy());
        }
        out.addProperty("model_type", classifier ? "classifier" : "completion");
        return out;
    }

    private boolean capability(String flag) {
        return switch (flag) {
            case "completion_chat" -> !classifier;
            case "function_calling", "completion_fim", "vision" -> !classifier && root.can(flag);
            case "classification" -> classifier;
            default -> false;
        };
    }

    private static void nullable(JsonObject target, String field, String value) {
        if (value == null) {
            target.add(field, JsonNull.INSTANCE);
        } else {
            target.addProperty(field, value);
        }
    }
}
