package io.mistral4j.tck.simulator.state;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Set;

/**
 * One entry of the fixed model catalog, rendered as a BaseModelCard.
 *
 * @param capabilities names of the ModelCapabilities flags that are true
 */
public record ModelCard(
        String id,
        String description,
        int maxContextLength,
        List<String> aliases,
        Double defaultTemperature,
        Set<String> capabilities,
        boolean reasoning) {

    /** Every flag of ModelCapabilities, in spec order; all are always sent. */
    public static final List<String> CAPABILITY_FLAGS = List.of(
            "completion_chat", "function_calling", "completion_fim", "fine_tuning", "vision",
            "ocr", "classification", "moderation", "audio", "audio_transcription");

    /** Fixed creation time so catalog bodies are stable across runs. */
    private static final long CREATED = 1_735_689_600L; // 2025-01-01T00:00:00Z

    public ModelCard {
        aliases = List.copyOf(aliases);
        capabilities = Set.copyOf(capabilities);
        if (!CAPABILITY_FLAGS.containsAll(capabilities)) {
            throw new IllegalArgumentException("unknown capability in " + capabilities);
        }
    }

    public boolean can(String capability) {
        return capabilities.contains(capability);
    }

    public boolean answersTo(String name) {
        return id.equals(name) || aliases.contains(name);
    }

    public JsonObject toJson() {
        JsonObject card = new JsonObject();
        card.addProperty("id", id);
        card.addProperty("object", "model");
        card.addProperty("created", CREATED);
        card.addProperty("owned_by", "mistralai");
        JsonObject caps = new JsonObject();
        CAPABILITY_FLAGS.forEach(flag -> caps.addProperty(flag, capabilities.contains(flag)));
        card.add("capabilities", caps);
        card.addProperty("name", id);
        card.addProperty("description", description);
        card.addProperty("max_context_length", maxContextLength);
        JsonArray aliasArray = new JsonArray();
        aliases.forEach(aliasArray::add);
        card.add("aliases", aliasArray);
        card.add("deprecation", JsonNull.INSTANCE);
        card.add("deprecation_replacement_model", JsonNull.INSTANCE);
        if (defaultTemperature == null) {
            card.add("default_model_temperature", JsonNull.INSTANCE);
        } else {
            card.addProperty("default_model_temperature", defaultTemperature);
        }
        card.addProperty("type", "base");
        return card;
    }
}
