package io.mistral4j.tck.simulator.state;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads extra models for the catalog from a JSON file, since the real API adds models more
 * often than the simulator is released. The file holds an array of models, or the body of
 * {@code GET /v1/models} ({@code {"data": [...]}}); each model needs an {@code id} and may have
 * {@code capabilities} (an array of flag names such as {@code "completion_chat"}, or the
 * API's object of booleans), {@code aliases}, {@code description}, {@code max_context_length},
 * {@code default_model_temperature} and {@code reasoning}.
 */
public final class ModelCatalogFile {

    private static final int DEFAULT_CONTEXT = 32_768;

    private ModelCatalogFile() {
    }

    /**
     * The models of the file.
     *
     * @throws IllegalArgumentException naming the file and the entry when the content is not a
     *         valid catalog
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<ModelCard> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model catalog " + file, e);
        }
        try {
            return parse(JsonParser.parseString(text));
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid model catalog " + file + ": " + e.getMessage(), e);
        }
    }

    static List<ModelCard> parse(JsonElement root) {
        JsonArray entries = root.isJsonObject() && root.getAsJsonObject().has("data")
                ? root.getAsJsonObject().getAsJsonArray("data")
                : root.getAsJsonArray();
        List<ModelCard> models = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isJsonObject()) {
                throw new IllegalArgumentException("entry " + i + " is not an object");
            }
            models.add(card(i, entries.get(i).getAsJsonObject()));
        }
        return models;
    }

    private static ModelCard card(int index, JsonObject entry) {
        if (!entry.has("id") || !entry.get("id").isJsonPrimitive() || entry.get("id").getAsString().isBlank()) {
            throw new IllegalArgumentException("entry " + index + " needs an \"id\"");
        }
        String id = entry.get("id").getAsString();
        List<String> aliases = new ArrayList<>();
        if (entry.has("aliases")) {
            entry.getAsJsonArray("aliases").forEach(alias -> aliases.add(alias.getAsString()));
        }
        String description = entry.has("description") && !entry.get("description").isJsonNull()
                ? entry.get("description").getAsString() : id;
        int context = entry.has("max_context_length") ? entry.get("max_context_length").getAsInt() : DEFAULT_CONTEXT;
        Double temperature = entry.has("default_model_temperature") && !entry.get("default_model_temperature").isJsonNull()
                ? entry.get("default_model_temperature").getAsDouble() : null;
        boolean reasoning = entry.has("reasoning") && entry.get("reasoning").getAsBoolean();
        Set<String> capabilities = capabilities(entry.get("capabilities"));
        if (!ModelCard.CAPABILITY_FLAGS.containsAll(capabilities)) {
            Set<String> unknown = new TreeSet<>(capabilities);
            ModelCard.CAPABILITY_FLAGS.forEach(unknown::remove);
            throw new IllegalArgumentException("model " + id + " has unknown capabilities " + unknown
                    + "; known: " + ModelCard.CAPABILITY_FLAGS);
        }
        return new ModelCard(id, description, context, aliases, temperature, capabilities, reasoning);
    }

    private static Set<String> capabilities(JsonElement capabilities) {
        Set<String> names = new TreeSet<>();
        if (capabilities == null || capabilities.isJsonNull()) {
            names.add("completion_chat");
        } else if (capabilities.isJsonArray()) {
            capabilities.getAsJsonArray().forEach(name -> names.add(name.getAsString()));
        } else {
            for (Map.Entry<String, JsonElement> flag : capabilities.getAsJsonObject().entrySet()) {
                if (flag.getValue().getAsBoolean()) {
                    names.add(flag.getKey());
                }
            }
        }
        return names;
    }
}
