package io.mistral4j.audio;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.files.FileDownload;
import io.mistral4j.pagination.Page;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Voices ({@code /v1/audio/voices}): list the presets and custom voices, create a custom voice
 * from a sample recording, read, change and delete it, and download its sample (streamed).
 */
public interface VoicesService {

    /** One page of voices; {@link Page#autoPager()} walks the following pages lazily. */
    default Page<Voice> list(VoiceListRequest request) {
        return withRawResponse().list(request).value();
    }

    /** Asynchronous {@link #list(VoiceListRequest)}; the future fails with the same typed exception. */
    default CompletableFuture<Page<Voice>> listAsync(VoiceListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** Every voice, page by page. */
    default Page<Voice> list() {
        return list(VoiceListRequest.all());
    }

    /** Creates a custom voice from a sample ({@code POST /v1/audio/voices}). */
    default Voice create(VoiceCreateRequest request) {
        return withRawResponse().create(request).value();
    }

    /** Asynchronous {@link #create(VoiceCreateRequest)}; the future fails with the same typed exception. */
    default CompletableFuture<Voice> createAsync(VoiceCreateRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /** A voice ({@code GET /v1/audio/voices/{voice_id}}). */
    default Voice retrieve(String voiceId) {
        return withRawResponse().retrieve(voiceId).value();
    }

    /** Asynchronous {@link #retrieve(String)}; the future fails with the same typed exception. */
    default CompletableFuture<Voice> retrieveAsync(String voiceId) {
        return withRawResponse().retrieveAsync(voiceId).thenApply(ApiResponse::value);
    }

    /** Changes a custom voice's description ({@code PATCH /v1/audio/voices/{voice_id}}). */
    default Voice update(String voiceId, VoiceUpdateRequest request) {
        return withRawResponse().update(voiceId, request).value();
    }

    /** Asynchronous {@link #update(String, VoiceUpdateRequest)}; the future fails with the same typed exception. */
    default CompletableFuture<Voice> updateAsync(String voiceId, VoiceUpdateRequest request) {
        return withRawResponse().updateAsync(voiceId, request).thenApply(ApiResponse::value);
    }

    /** Deletes a custom voice and returns it ({@code DELETE /v1/audio/voices/{voice_id}}). */
    default Voice delete(String voiceId) {
        return withRawResponse().delete(voiceId).value();
    }

    /** Asynchronous {@link #delete(String)}; the future fails with the same typed exception. */
    default CompletableFuture<Voice> deleteAsync(String voiceId) {
        return withRawResponse().deleteAsync(voiceId).thenApply(ApiResponse::value);
    }

    /**
     * Opens a voice's sample recording as a stream ({@code GET /v1/audio/voices/{voice_id}/sample});
     * close it to release the connection.
     */
    FileDownload sample(String voiceId);

    /** Downloads a voice's sample into a new file (replacing an existing one); returns the bytes written. */
    default long downloadSample(String voiceId, Path target) {
        try (FileDownload sample = sample(voiceId)) {
            return sample.saveTo(target);
        }
    }

    /** Downloads a voice's sample into {@code target} (left open); returns the bytes written. */
    default long downloadSample(String voiceId, OutputStream target) {
        try (FileDownload sample = sample(voiceId)) {
            return sample.transferTo(target);
        }
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    VoicesService withOptions(RequestOptions options);

    /** Voice operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** {@link VoicesService#list(VoiceListRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Page<Voice>> list(VoiceListRequest request);

        /** Asynchronous {@link #list(VoiceListRequest)}; the future fails with the same typed exception. */
        CompletableFuture<ApiResponse<Page<Voice>>> listAsync(VoiceListRequest request);

        /** {@link VoicesService#create(VoiceCreateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Voice> create(VoiceCreateRequest request);

        /** Asynchronous {@link #create(VoiceCreateRequest)}; the future fails with the same typed exception. */
        CompletableFuture<ApiResponse<Voice>> createAsync(VoiceCreateRequest request);

        /** {@link VoicesService#retrieve(String)} with the HTTP status, headers and raw body. */
        ApiResponse<Voice> retrieve(String voiceId);

        /** Asynchronous {@link #retrieve(String)}; the future fails with the same typed exception. */
        CompletableFuture<ApiResponse<Voice>> retrieveAsync(String voiceId);

        /** {@link VoicesService#update(String, VoiceUpdateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Voice> update(String voiceId, VoiceUpdateRequest request);

        /**
         * Asynchronous {@link #update(String, VoiceUpdateRequest)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<Voice>> updateAsync(String voiceId, VoiceUpdateRequest request);

        /** {@link VoicesService#delete(String)} with the HTTP status, headers and raw body. */
        ApiResponse<Voice> delete(String voiceId);

        /** Asynchronous {@link #delete(String)}; the future fails with the same typed exception. */
        CompletableFuture<ApiResponse<Voice>> deleteAsync(String voiceId);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }
}
