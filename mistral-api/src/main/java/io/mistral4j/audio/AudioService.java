package io.mistral4j.audio;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.MistralException;
import io.mistral4j.streaming.EventStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Audio ({@code /v1/audio}): speech to text and text to speech, each answered whole or streamed
 * as events, and the voices speech is spoken with ({@link #voices()}). Audio to transcribe is
 * streamed to the server, never loaded whole into memory. Every operation has an async form
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

    /** Speaks the text ({@code POST /v1/audio/speech}); the answer holds the whole audio. */
    default Speech speak(SpeechRequest request) {
        return withRawResponse().speak(request).value();
    }

    /** Asynchronous {@link #speak(SpeechRequest)}; the future fails with the same typed exception. */
    default CompletableFuture<Speech> speakAsync(SpeechRequest request) {
        return withRawResponse().speakAsync(request).thenApply(ApiResponse::value);
    }

    /** Speaks the text into a new file (replacing an existing one) and returns the bytes written. */
    default long speakTo(SpeechRequest request, Path target) {
        byte[] audio = speak(request).bytes();
        try {
            Files.write(target, audio);
        } catch (IOException e) {
            throw new MistralException("could not write the speech to " + target + ": " + e, e);
        }
        return audio.length;
    }

    /** Speaks the text into {@code target} (left open) and returns the bytes written. */
    default long speakTo(SpeechRequest request, OutputStream target) {
        return speak(request).writeTo(target);
    }

    /**
     * Speaks the text as a stream of events, audio arriving piece by piece; close the stream (or
     * read it to the end) to release the connection.
     */
    EventStream<SpeechEvent> speakStream(SpeechRequest request);

    /**
     * {@link #speakStream} as a cold publisher: each subscription sends its own request and reads
     * only as many events as requested; cancelling releases the connection.
     */
    Flow.Publisher<SpeechEvent> speakStreamPublisher(SpeechRequest request);

    /**
     * Streams the speech into {@code target} (left open), writing and flushing each piece of audio
     * as it arrives, and returns the bytes written.
     */
    default long speakStreamTo(SpeechRequest request, OutputStream target) {
        long written = 0;
        try (EventStream<SpeechEvent> events = speakStream(request)) {
            while (events.hasNext()) {
                if (events.next() instanceof SpeechEvent.AudioDelta delta) {
                    byte[] audio = delta.bytes();
                    target.write(audio);
                    target.flush();
                    written += audio.length;
                }
            }
        } catch (IOException e) {
            throw new MistralException("could not write the speech: " + e, e);
        }
        return written;
    }

    /** The voices speech is spoken with: presets and custom voices made from samples. */
    VoicesService voices();

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

        /** {@link AudioService#speak(SpeechRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Speech> speak(SpeechRequest request);

        /** Asynchronous {@link #speak(SpeechRequest)}; the future fails with the same typed exception. */
        CompletableFuture<ApiResponse<Speech>> speakAsync(SpeechRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }
}
