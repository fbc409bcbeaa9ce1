package io.mistral4j.tck.simulator.routes.audio;

import io.mistral4j.tck.simulator.state.FileStore;
import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.state.StoredFile;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.MultipartReader;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * {@code /v1/audio/transcriptions}: the audio part is read from the socket as it arrives (probed,
 * never stored, so an upload of any size takes constant memory) or taken from a stored file;
 * the transcript is {@link SimulatedTranscript}'s, whole or streamed as named events. Only PCM
 * WAV is understood: other audio is answered 400. A {@code file_url} is not fetched: the audio
 * heard there lasts 5 to 14 seconds, chosen by the URL's checksum.
 */
public final class AudioRoutes implements RouteFamily {

    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final String DEFAULT_LANGUAGE = "en";

    private final ModelCatalog catalog;
    private final FileStore files;
    private final VoiceStore voices = new VoiceStore();
    private final java.time.InstantSource clock;

    public AudioRoutes(ModelCatalog catalog, FileStore files, java.time.InstantSource clock) {
        this.catalog = catalog;
        this.files = files;
        this.clock = clock;
    }

    /** Transcriptions here; speech and voices, which share this simulator's voices, beside. */
    @Override
    public void register(Router router) {
        router.addStreaming("POST", "/v1/audio/transcriptions", this::transcribe);
        new SpeechRoutes(voices).register(router);
        new VoiceRoutes(voices, clock).register(router);
    }

    private Reply transcribe(ApiRequest request) {
        String boundary = MultipartReader.boundaryOf(request.header("Content-Type"));
        Violations violations = new Violations();
        if (boundary == null) {
            violations.missing(List.of("body", "model"));
            return violations.reply();
        }
        TranscriptionForm form = new TranscriptionForm();
        WavProbe.Audio uploaded = null;
        try {
            MultipartReader reader = new MultipartReader(request.bodyStream(), boundary);
            for (MultipartReader.PartHeaders part = reader.next(); part != null; part = reader.next()) {
                if (part.name().equals("file") && part.isFile() && uploaded == null) {
                    WavProbe probe = new WavProbe();
                    reader.copyPart(probe);
                    uploaded = probe.result();
                } else if (part.isFile()) {
                    reader.copyPart(OutputStream.nullOutputStream());
                } else {
                    form.add(part.name(), reader.readText(MAX_FIELD_BYTES));
                }
            }
        } catch (IOException e) {
            return ApiErrors.badRequest("There was an error parsing the body: " + e.getMessage());
        }
        form.check(uploaded != null, violations);
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        Optional<ModelCard> model = catalog.find(form.model());
        if (model.isEmpty()) {
            return ApiErrors.invalidModel(form.model());
        }
        if (!model.get().can("audio_transcription")) {
            return ApiErrors.error(400, "Model " + form.model() + " does not support audio transcription",
                    "invalid_model", "1500");
        }
        WavProbe.Audio audio = uploaded;
        if (audio == null && form.first("file_id") != null) {
            Optional<WavProbe.Audio> stored = storedAudio(form.first("file_id"));
            if (stored.isEmpty()) {
                return ApiErrors.notFound("File " + form.first("file_id") + " not found");
            }
            audio = stored.get();
        }
        if (audio == null) {
            audio = atUrl(form.first("file_url"));
        }
        if (!audio.wav()) {
            return ApiErrors.badRequest("Unsupported audio format: the simulator transcribes PCM WAV "
                    + "(RIFF/WAVE with fmt and data chunks) only");
        }
        SimulatedTranscript transcript = new SimulatedTranscript(audio.seconds(), audio.checksum());
        String language = form.language() == null ? DEFAULT_LANGUAGE : form.language();
        List<String> granularities = form.all("timestamp_granularities");
        long tokens = transcript.words().size();
        if (form.stream()) {
            return new Reply.EventStream(transcript.events(form.model(), language, granularities), tokens, true);
        }
        return Reply.Json.ok(transcript.response(form.model(), language, granularities), tokens);
    }

    private Optional<WavProbe.Audio> storedAudio(String fileId) {
        Optional<StoredFile> file = files.find(fileId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        WavProbe probe = new WavProbe();
        try (InputStream in = files.open(file.get())) {
            in.transferTo(probe);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(probe.result());
    }

    private static WavProbe.Audio atUrl(String url) {
        CRC32 crc = new CRC32();
        crc.update(url.getBytes(StandardCharsets.UTF_8));
        return new WavProbe.Audio(true, 5 + crc.getValue() % 10, crc.getValue(), 0);
    }
}
