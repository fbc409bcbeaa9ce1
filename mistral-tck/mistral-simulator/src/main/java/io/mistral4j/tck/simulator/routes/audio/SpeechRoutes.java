package io.mistral4j.tck.simulator.routes.audio;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import com.google.gson.JsonObject;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /v1/audio/speech}: the text spoken by a known voice (a preset, by id or slug, or a
 * custom voice of this simulator) or after a base64 reference recording, as {@link SpeechAudio}
 * renders it: whole and base64 encoded, or streamed as named {@code speech.audio.delta} events of
 * 8 KiB each and a closing {@code speech.audio.done}.
 */
public final class SpeechRoutes implements RouteFamily {

    static final Shape REQUEST = model("SpeechRequest")
            .opt("model", nullable(str()))
            .opt("metadata", nullable(dict()))
            .opt("stream", bool())
            .opt("prompt_cache_key", nullable(str()))
            .opt("voice_id", nullable(str()))
            .opt("ref_audio", nullable(str()))
            .req("input", str())
            .opt("response_format", enumOf("pcm", "wav", "mp3", "flac", "opus"))
            .open()
            .build();

    private static final int DELTA_BYTES = 8 * 1024;

    private final VoiceStore voices;

    SpeechRoutes(VoiceStore voices) {
        this.voices = voices;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/audio/speech", this::speak);
    }

    private Reply speak(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, REQUEST);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject speech = body.object();
        String voiceId = Json.string(speech, "voice_id");
        String refAudio = Json.string(speech, "ref_audio");
        if ((voiceId == null) == (refAudio == null)) {
            return ApiErrors.badRequest("Exactly one of voice_id and ref_audio must be given");
        }
        if (voiceId != null && voices.find(voiceId).isEmpty()) {
            return ApiErrors.notFound("Voice " + voiceId + " not found");
        }
        if (refAudio != null && !isBase64(refAudio)) {
            return ApiErrors.badRequest("ref_audio is not valid base64");
        }
        String input = Json.string(speech, "input");
        String format = Json.string(speech, "response_format");
        byte[] audio = SpeechAudio.render(input, format == null ? "mp3" : format);
        JsonObject usage = usage(input);
        long tokens = usage.get("total_tokens").getAsLong();
        if (ValidatedBody.flag(speech, "stream")) {
            return new Reply.EventStream(events(audio, usage), tokens, true);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("audio_data", Base64.getEncoder().encodeToString(audio));
        return Reply.Json.ok(answer, tokens);
    }

    private static List<JsonObject> events(byte[] audio, JsonObject usage) {
        List<JsonObject> events = new ArrayList<>();
        for (int from = 0; from < audio.length; from += DELTA_BYTES) {
            JsonObject delta = new JsonObject();
            delta.addProperty("type", "speech.audio.delta");
            delta.addProperty("audio_data", Base64.getEncoder().encodeToString(
                    Arrays.copyOfRange(audio, from, Math.min(audio.length, from + DELTA_BYTES))));
            events.add(delta);
        }
        JsonObject done = new JsonObject();
        done.addProperty("type", "speech.audio.done");
        done.add("usage", usage);
        events.add(done);
        return events;
    }

    private static JsonObject usage(String input) {
        int prompt = Math.max(1, input.split("\\s+").length);
        int completion = (int) Math.ceil(SpeechAudio.seconds(input) * SimulatedTranscript.TOKENS_PER_SECOND);
        JsonObject usage = new JsonObject();
        usage.addProperty("prompt_tokens", prompt);
        usage.addProperty("completion_tokens", completion);
        usage.addProperty("total_tokens", prompt + completion);
        return usage;
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
