package io.mistral4j.files;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.pagination.Page;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Files ({@code /v1/files}): upload files for fine-tuning, batch jobs and OCR, list, retrieve,
 * delete and download them, and get signed URLs. Uploads and downloads are streamed: a file of
 * any size passes through constant memory. Every operation has an async form and a raw-response form;
 * settings for some calls only (a timeout, attempts, headers) go through {@link #withOptions}.
 */
public interface FilesService {

    /** Uploads a file as {@code multipart/form-data}, streaming its content ({@code POST /v1/files}). */
    default FileInfo upload(FileUploadRequest request) {
        return withRawResponse().upload(request).value();
    }

    /**
     * Asynchronous {@link #upload(FileUploadRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<FileInfo> uploadAsync(FileUploadRequest request) {
        return withRawResponse().uploadAsync(request).thenApply(ApiResponse::value);
    }

    /** One page of files; {@link Page#autoPager()} walks the following pages lazily ({@code GET /v1/files}). */
    default Page<FileInfo> list(FileListRequest request) {
        return withRawResponse().list(request).value();
    }

    /**
     * Asynchronous {@link #list(FileListRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Page<FileInfo>> listAsync(FileListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** Every file, page by page. */
    default Page<FileInfo> list() {
        return list(FileListRequest.all());
    }

    /** A file's description ({@code GET /v1/files/{file_id}}). */
    default FileInfo retrieve(String fileId) {
        return withRawResponse().retrieve(fileId).value();
    }

    /**
     * Asynchronous {@link #retrieve(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<FileInfo> retrieveAsync(String fileId) {
        return withRawResponse().retrieveAsync(fileId).thenApply(ApiResponse::value);
    }

    /** Deletes a file ({@code DELETE /v1/files/{file_id}}). */
    default DeletedFile delete(String fileId) {
        return withRawResponse().delete(fileId).value();
    }

    /**
     * Asynchronous {@link #delete(String)}; the future fails with the same typed exception.
     */
    default CompletableFuture<DeletedFile> deleteAsync(String fileId) {
        return withRawResponse().deleteAsync(fileId).thenApply(ApiResponse::value);
    }

    /** Downloads a file's content into a new file (replacing an existing one) and returns the bytes written
     * ({@code GET /v1/files/{file_id}/content}). The content is streamed, never held in memory. */
    default Long download(String fileId, Path target) {
        return withRawResponse().download(fileId, target).value();
    }

    /**
     * Asynchronous {@link #download(String, Path)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Long> downloadAsync(String fileId, Path target) {
        return withRawResponse().downloadAsync(fileId, target).thenApply(ApiResponse::value);
    }

    /** Downloads a file's content into {@code target} (left open) and returns the bytes written. The
     * content is streamed, never held in memory. */
    default Long download(String fileId, OutputStream target) {
        return withRawResponse().download(fileId, target).value();
    }

    /**
     * Asynchronous {@link #download(String, OutputStream)}; the future fails with the same
     * typed exception.
     */
    default CompletableFuture<Long> downloadAsync(String fileId, OutputStream target) {
        return withRawResponse().downloadAsync(fileId, target).thenApply(ApiResponse::value);
    }

    /** Opens a file's content as a stream; close the returned download to release the connection. */
    FileDownload downloadStream(String fileId);

    /** A URL to download the file without credentials, valid for {@code expiryHours}
     * ({@code GET /v1/files/{file_id}/url}). */
    default SignedUrl signedUrl(String fileId, int expiryHours) {
        return withRawResponse().signedUrl(fileId, expiryHours).value();
    }

    /**
     * Asynchronous {@link #signedUrl(String, int)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<SignedUrl> signedUrlAsync(String fileId, int expiryHours) {
        return withRawResponse().signedUrlAsync(fileId, expiryHours).thenApply(ApiResponse::value);
    }

    /** A signed URL valid for the server's default of 24 hours. */
    default SignedUrl signedUrl(String fileId) {
        return signedUrl(fileId, DEFAULT_SIGNED_URL_EXPIRY_HOURS);
    }

    /** The validity of a signed URL unless asked otherwise, as the API defines it. */
    int DEFAULT_SIGNED_URL_EXPIRY_HOURS = 24;

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** File operations that also return the raw HTTP answer (for downloads, without the body). */
    interface WithRawResponse {

        /**
         * {@link FilesService#upload(FileUploadRequest)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<FileInfo> upload(FileUploadRequest request);

        /**
         * Asynchronous {@link #upload(FileUploadRequest)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<FileInfo>> uploadAsync(FileUploadRequest request);

        /**
         * {@link FilesService#list(FileListRequest)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<Page<FileInfo>> list(FileListRequest request);

        /**
         * Asynchronous {@link #list(FileListRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Page<FileInfo>>> listAsync(FileListRequest request);

        /**
         * {@link FilesService#retrieve(String)} with the HTTP status, headers and raw body.
         */
        ApiResponse<FileInfo> retrieve(String fileId);

        /**
         * Asynchronous {@link #retrieve(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FileInfo>> retrieveAsync(String fileId);

        /** {@link FilesService#delete(String)} with the HTTP status, headers and raw body. */
        ApiResponse<DeletedFile> delete(String fileId);

        /**
         * Asynchronous {@link #delete(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<DeletedFile>> deleteAsync(String fileId);

        /**
         * {@link FilesService#download(String, Path)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<Long> download(String fileId, Path target);

        /**
         * Asynchronous {@link #download(String, Path)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, Path target);

        /**
         * {@link FilesService#download(String, OutputStream)} with the HTTP status, headers
         * and raw body.
         */
        ApiResponse<Long> download(String fileId, OutputStream target);

        /**
         * Asynchronous {@link #download(String, OutputStream)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, OutputStream target);

        /**
         * {@link FilesService#signedUrl(String, int)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<SignedUrl> signedUrl(String fileId, int expiryHours);

        /**
         * Asynchronous {@link #signedUrl(String, int)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String fileId, int expiryHours);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    FilesService withOptions(RequestOptions options);
}
