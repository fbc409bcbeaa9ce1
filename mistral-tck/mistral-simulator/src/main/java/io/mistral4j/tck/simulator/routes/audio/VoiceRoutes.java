package io.mistral4j.tck.simulator.routes.audio;

import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import io.mistral4j.tck.simulator.wire.Violations;
import java.io.ByteArrayInputStream;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code /v1/audio/voices}: presets and custom voices listed by offset, created from a base64
 * sample, read, changed, deleted (presets cannot be), and their samples downloaded as WAV.
 */
public final class VoiceRoutes implements RouteFamily {

    static final List<String> TYPES = List.of("all", "custom", "preset");
    private static final String SIMULATED_USER = "user-simulator";

    static final Shape CREATE = model("VoiceCreateRequest")
            .req("name", str())
            .opt("slug", nullable(str()))
            .opt("languages", listOf(str()))
            .opt("gender", nullable(str()))
            .opt("age", nullable(integer(null)))
            .opt("tags", nullable(listOf(str())))
            .opt("color", nullable(str()))
            .opt("description", nullable(str(null, 500)))
            .opt("retention_notice", integer(null))
            .req("sample_audio", str())
            .opt("sample_filename", nullable(str()))
            .open()
            .build();
    static final Shape UPDATE = model("VoiceUpdateRequest")
            .opt("name", nullable(str()))
            .opt("languages", nullable(listOf(str())))
            .opt("gender", nullable(str()))
            .opt("age", nullable(integer(null)))
            .opt("tags", nullable(listOf(str())))
            .opt("description", nullable(str(null, 500)))
            .open()
            .build();

    private final VoiceStore voices;
    private final InstantSource clock;

    VoiceRoutes(VoiceStore voices, InstantSource clock) {
        this.voices = voices;
        this.clock = clock;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/v1/audio/voices", this::list);
        router.add("POST", "/v1/audio/voices", this::create);
        router.add("GET", "/v1/audio/voices/{voice_id}", request -> withVoice(request, voice -> Reply.Json.ok(voice.json())));
        router.add("PATCH", "/v1/audio/voices/{voice_id}", this::update);
        router.add("DELETE", "/v1/audio/voices/{voice_id}", this::delete);
        router.add("GET", "/v1/audio/voices/{voice_id}/sample", request -> withVoice(request, voice ->
                new Reply.Binary(200, "audio/wav", voice.sample().length, Map.of(),
                        () -> new ByteArrayInputStream(voice.sample()))));
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int limit = QueryParams.orDefault(query.integer("limit", false, 1L, 100L, violations.list()), 10);
        int offset = QueryParams.orDefault(query.integer("offset", false, 0L, null, violations.list()), 0);
        String type = query.choice("type", TYPES, violations.list());
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        List<VoiceStore.StoredVoice> matching = voices.list(type == null ? "all" : type);
        JsonArray items = new JsonArray();
        matching.stream().skip(offset).limit(limit).forEach(voice -> items.add(voice.json()));
        JsonObject body = new JsonObject();
        body.add("items", items);
        body.addProperty("total", matching.size());
        body.addProperty("page", offset / limit);
        body.addProperty("page_size", limit);
        body.addProperty("total_pages", (matching.size() + limit - 1) / limit);
        return Reply.Json.ok(body);
    }

    private Reply create(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, CREATE);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject create = body.object();
        byte[] sample;
        try {
            sample = Base64.getDecoder().decode(Json.string(create, "sample_audio"));
        } catch (IllegalArgumentException e) {
            return ApiErrors.badRequest("sample_audio is not valid base64");
        }
        if (sample.length == 0) {
            return ApiErrors.badRequest("sample_audio is empty");
        }
        JsonObject voice = new JsonObject();
        voice.addProperty("id", UUID.randomUUID().toString());
        for (String field : List.of("name", "slug", "gender", "age", "tags", "color", "description")) {
            voice.add(field, orNull(create.get(field)));
        }
        JsonElement languages = create.get("languages");
        voice.add("languages", languages == null || languages.isJsonNull() ? new JsonArray() : languages);
        JsonElement retention = create.get("retention_notice");
        voice.add("retention_notice", retention == null ? new com.google.gson.JsonPrimitive(30) : retention);
        voice.addProperty("created_at", clock.instant().toString());
        voice.addProperty("user_id", SIMULATED_USER);
        voice.addProperty("trimmed_seconds", 0.0);
        VoiceStore.StoredVoice stored = new VoiceStore.StoredVoice(voice, sample, false);
        voices.put(stored);
        return Reply.Json.ok(voice);
    }

    private Reply update(ApiRequest request) {
        return withCustomVoice(request, voice -> {
            ValidatedBody body = ValidatedBody.of(request, UPDATE);
            if (body.error() != null) {
                return body.error();
            }
            JsonObject changed = voice.json().deepCopy();
            body.object().entrySet().stream().filter(entry -> UPDATE_FIELDS.contains(entry.getKey())
                    && !entry.getValue().isJsonNull()).forEach(entry -> changed.add(entry.getKey(), entry.getValue()));
            voices.put(new VoiceStore.StoredVoice(changed, voice.sample(), false));
            return Reply.Json.ok(changed);
        });
    }

    private static final List<String> UPDATE_FIELDS = List.of("name", "languages", "gender", "age", "tags",
            "description");

    private Reply delete(ApiRequest request) {
        return withCustomVoice(request, voice -> {
            voices.remove(voice.id());
            return Reply.Json.ok(voice.json());
        });
    }

    private Reply withCustomVoice(ApiRequest request, Function<VoiceStore.StoredVoice, Reply> action) {
        Violations violations = new Violations();
        String id = violations.uuid("voice_id", request.pathParam("voice_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return withVoice(request, voice -> voice.preset()
                ? ApiErrors.badRequest("Preset voice " + id + " cannot be changed or deleted")
                : action.apply(voice));
    }

    private Reply withVoice(ApiRequest request, Function<VoiceStore.StoredVoice, Reply> action) {
        String id = request.pathParam("voice_id");
        Optional<VoiceStore.StoredVoice> voice = voices.find(id);
        return voice.map(action).orElseGet(() -> ApiErrors.notFound("Voice " + id + " not found"));
    }

    private static JsonElement orNull(JsonElement value) {
        return value == null ? JsonNull.INSTANCE : value;
    }
}
