package io.mistral4j.tck.simulator.routes.audio;

import com.google.gson.JsonObject;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The voices of one simulator: two presets, then the custom voices created, in creation order. */
final class VoiceStore {

    /** A voice's description (as the API renders it) and its sample recording. */
    record StoredVoice(JsonObject json, byte[] sample, boolean preset) {
        String id() {
            return json.get("id").getAsString();
        }
    }

    static final String PRESET_CREATED_AT = "2025-07-15T00:00:00Z";

    private final Map<String, StoredVoice> voices = new LinkedHashMap<>();

    VoiceStore() {
        preset("5a1e0b8c-0000-4000-8000-00000000a001", "Paul", "en_paul_neutral", "en", "male");
        preset("5a1e0b8c-0000-4000-8000-00000000a002", "Camille", "fr_camille_warm", "fr", "female");
    }

    private void preset(String id, String name, String slug, String language, String gender) {
        JsonObject voice = new JsonObject();
        voice.addProperty("id", id);
        voice.addProperty("name", name);
        voice.addProperty("slug", slug);
        com.google.gson.JsonArray languages = new com.google.gson.JsonArray();
        languages.add(language);
        voice.add("languages", languages);
        voice.addProperty("gender", gender);
        voice.addProperty("retention_notice", 30);
        voice.addProperty("created_at", PRESET_CREATED_AT);
        voice.add("user_id", com.google.gson.JsonNull.INSTANCE);
        voices.put(id, new StoredVoice(voice, SampleAudio.wav(1), true));
    }

    synchronized void put(StoredVoice voice) {
        voices.put(voice.id(), voice);
    }

    /** A voice by id, or by a preset's slug (as speech requests may name presets). */
    synchronized Optional<StoredVoice> find(String idOrSlug) {
        StoredVoice byId = voices.get(idOrSlug);
        if (byId != null) {
            return Optional.of(byId);
        }
        return voices.values().stream().filter(voice -> voice.preset()
                && idOrSlug.equals(voice.json().get("slug").getAsString())).findFirst();
    }

    synchronized boolean remove(String id) {
        return voices.remove(id) != null;
    }

    /** Presets, custom voices or both ({@code all}), in order. */
    synchronized List<StoredVoice> list(String type) {
        List<StoredVoice> matching = new ArrayList<>();
        for (StoredVoice voice : voices.values()) {
            if ("all".equals(type) || voice.preset() == "preset".equals(type)) {
                matching.add(voice);
            }
        }
        return matching;
    }
}
