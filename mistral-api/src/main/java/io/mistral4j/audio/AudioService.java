package io.mistral4j.audio;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Audio ({@code /v1/audio}): speech to text, answered whole or streamed as events. Audio content
 * is streamed to the server, never loaded whole into memory. Every operation has an async form
 * and a raw-response form; settings for some calls only go through {@link #withOptions}.
 */
public interface AudioService {

    /** Transcribes the audio ({@code POST /v1/audio/transcriptions}). */
    default Transcription transcribe(TranscriptionRequest request) {
        return withRawResponse().transcribe(request).value();
    }

    /**
     * Asynchronous {@link #transcribe(TranscriptionRequest)}; the future fails with the same
     * typed exception.
     */
    default CompletableFuture<Transcription> transcribeAsync(TranscriptionRequest request) {
        return withRawResponse().transcribeAsync(request).thenApply(ApiResponse::value);
    }

    /**
     * Transcribes the audio as a stream of events ({@code stream: true}); close the stream (or
     * read it to the end) to release the connection.
     */
    TranscriptionStream transcribeStream(TranscriptionRequest request);

    /**
     * {@link #transcribeStream} as a cold publisher: each subscription sends its own request and
     * reads only as many events as requested. Fold the events with a {@link TranscriptionAccumulator}.
     */
    Flow.Publisher<TranscriptionEvent> transcribeStreamPublisher(TranscriptionRequest request);

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    AudioService withOptions(RequestOptions options);

    /** Audio operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /**
         * {@link AudioService#transcribe(TranscriptionRequest)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<Transcription> transcribe(TranscriptionRequest request);

        /**
         * Asynchronous {@link #transcribe(TranscriptionRequest)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<Transcription>> transcribeAsync(TranscriptionRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }
}
