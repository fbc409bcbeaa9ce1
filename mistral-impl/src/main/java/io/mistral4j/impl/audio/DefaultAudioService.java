package io.mistral4j.impl.audio;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.audio.AudioService;
import io.mistral4j.audio.Speech;
import io.mistral4j.audio.SpeechEvent;
import io.mistral4j.audio.SpeechRequest;
import io.mistral4j.audio.Transcription;
import io.mistral4j.audio.TranscriptionEvent;
import io.mistral4j.audio.TranscriptionRequest;
import io.mistral4j.audio.TranscriptionStream;
import io.mistral4j.audio.VoicesService;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.UploadContent;
import io.mistral4j.impl.files.MultipartBody;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.stream.EventStreamPublisher;
import io.mistral4j.streaming.EventStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * {@link AudioService} over {@code /v1/audio}: transcriptions sent as streamed multipart bodies,
 * speech as JSON, answered whole or as events; voices in {@link DefaultVoicesService}.
 */
public final class DefaultAudioService implements AudioService {

    static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";

    // A transcription only computes an answer: a second send costs, and changes nothing.
    static final Operation<TranscriptionRequest, Transcription> TRANSCRIBE = Operation
            .<TranscriptionRequest, Transcription>post("audio.transcriptions", TRANSCRIPTIONS, Transcription.class)
            .safeToRepeat().usage(Transcription::usage)
            .encode((request, call) -> multipart(request, false, call)).build();
    static final Operation<TranscriptionRequest, Transcription> TRANSCRIBE_STREAM = Operation
            .<TranscriptionRequest, Transcription>post("audio.transcriptions", TRANSCRIPTIONS, Transcription.class)
            .safeToRepeat().streaming()
            .encode((request, call) -> multipart(request, true, call)).build();

    static final String SPEECH = "/v1/audio/speech";

    // Speech only computes an answer too.
    static final Operation<SpeechRequest, Speech> SPEAK = Operation
            .<SpeechRequest, Speech>post("audio.speech", SPEECH, Speech.class)
            .safeToRepeat().jsonBody(SpeechRequest::model).build();
    static final Operation<SpeechRequest, Speech> SPEAK_STREAM = Operation
            .<SpeechRequest, Speech>post("audio.speech", SPEECH, Speech.class)
            .safeToRepeat().streaming().jsonBody(SpeechRequest::model).build();

    private final Operations operations;
    private final VoicesService voices;
    private final Raw raw = new Raw();

    public DefaultAudioService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultAudioService(Operations operations) {
        this.operations = operations;
        this.voices = new DefaultVoicesService(operations);
    }

    @Override
    public EventStream<SpeechEvent> speakStream(SpeechRequest request) {
        return DefaultSpeechStream.open(operations.executor(), operations.call(SPEAK_STREAM, request));
    }

    @Override
    public Flow.Publisher<SpeechEvent> speakStreamPublisher(SpeechRequest request) {
        CallSpec.requireRequest(request);
        return new EventStreamPublisher<>(() -> speakStream(request), operations.executor().asyncExecutor());
    }

    @Override
    public VoicesService voices() {
        return voices;
    }

    @Override
    public TranscriptionStream transcribeStream(TranscriptionRequest request) {
        return DefaultTranscriptionStream.open(operations.executor(), operations.call(TRANSCRIBE_STREAM, request));
    }

    @Override
    public Flow.Publisher<TranscriptionEvent> transcribeStreamPublisher(TranscriptionRequest request) {
        CallSpec.requireRequest(request);
        return new EventStreamPublisher<>(() -> transcribeStream(request), operations.executor().asyncExecutor());
    }

    @Override
    public AudioService withOptions(RequestOptions options) {
        return new DefaultAudioService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * The request as {@code multipart/form-data}: its fields first, lists one part per value, then
     * the audio (when it is sent, not named by URL or id), streamed.
     */
    static void multipart(TranscriptionRequest request, boolean stream, CallSpec call) {
        CallSpec.requireRequest(request);
        UploadContent file = request.file();
        // Checked again here: the file may have gone since the request was built.
        if (file instanceof UploadContent.FromPath path) {
            path.requireReadable();
        }
        long size = file == null ? 0 : file.size();
        if (file instanceof UploadContent.FromPath path && size < 0) {
            throw new ValidationException("file", "cannot be read: " + path.path());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        add(fields, "model", request.model());
        add(fields, "file_url", request.fileUrl());
        add(fields, "file_id", request.fileId());
        add(fields, "language", request.language());
        add(fields, "temperature", request.temperature());
        add(fields, "diarize", request.diarize());
        request.contextBias().forEach(term -> add(fields, "context_bias", term));
        request.timestampGranularities().forEach(granularity ->
                add(fields, "timestamp_granularities", granularity.value()));
        add(fields, "stream", stream);
        call.body(new MultipartBody(fields, "file", file, size), request).model(request.model());
    }

    private static void add(List<Map.Entry<String, String>> fields, String name, Object value) {
        if (value != null) {
            fields.add(Map.entry(name, String.valueOf(value)));
        }
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<Transcription> transcribe(TranscriptionRequest request) {
            return operations.raw(TRANSCRIBE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<Transcription>> transcribeAsync(TranscriptionRequest request) {
            return operations.rawAsync(TRANSCRIBE, request);
        }

        @Override
        public ApiResponse<Speech> speak(SpeechRequest request) {
            return operations.raw(SPEAK, request);
        }

        @Override
        public CompletableFuture<ApiResponse<Speech>> speakAsync(SpeechRequest request) {
            return operations.rawAsync(SPEAK, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultAudioService.this.withOptions(options).withRawResponse();
        }
    }
}
