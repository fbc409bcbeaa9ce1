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
 * any size passes through constant memory. Every operation has a variant taking
 * {@link RequestOptions}, an async form and a raw-response form.
 */
public interface FilesService {

    /** Uploads a file as {@code multipart/form-data}, streaming its content ({@code POST /v1/files}). */
    FileInfo upload(FileUploadRequest request, RequestOptions options);

    /** {@link #upload(FileUploadRequest, RequestOptions)} with the client's default options. */
    default FileInfo upload(FileUploadRequest request) {
        return upload(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #upload(FileUploadRequest, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<FileInfo> uploadAsync(FileUploadRequest request, RequestOptions options);

    /** {@link #uploadAsync(FileUploadRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<FileInfo> uploadAsync(FileUploadRequest request) {
        return uploadAsync(request, RequestOptions.none());
    }

    /** One page of files; {@link Page#autoPager()} walks the following pages lazily ({@code GET /v1/files}). */
    Page<FileInfo> list(FileListRequest request, RequestOptions options);

    /** {@link #list(FileListRequest, RequestOptions)} with the client's default options. */
    default Page<FileInfo> list(FileListRequest request) {
        return list(request, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #list(FileListRequest, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<Page<FileInfo>> listAsync(FileListRequest request, RequestOptions options);

    /** {@link #listAsync(FileListRequest, RequestOptions)} with the client's default options. */
    default CompletableFuture<Page<FileInfo>> listAsync(FileListRequest request) {
        return listAsync(request, RequestOptions.none());
    }

    /** Every file, page by page. */
    default Page<FileInfo> list() {
        return list(FileListRequest.all());
    }

    /** A file's description ({@code GET /v1/files/{file_id}}). */
    FileInfo retrieve(String fileId, RequestOptions options);

    /** {@link #retrieve(String, RequestOptions)} with the client's default options. */
    default FileInfo retrieve(String fileId) {
        return retrieve(fileId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #retrieve(String, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<FileInfo> retrieveAsync(String fileId, RequestOptions options);

    /** {@link #retrieveAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<FileInfo> retrieveAsync(String fileId) {
        return retrieveAsync(fileId, RequestOptions.none());
    }

    /** Deletes a file ({@code DELETE /v1/files/{file_id}}). */
    DeletedFile delete(String fileId, RequestOptions options);

    /** {@link #delete(String, RequestOptions)} with the client's default options. */
    default DeletedFile delete(String fileId) {
        return delete(fileId, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #delete(String, RequestOptions)}; the future fails with the same typed exception.
     */
    CompletableFuture<DeletedFile> deleteAsync(String fileId, RequestOptions options);

    /** {@link #deleteAsync(String, RequestOptions)} with the client's default options. */
    default CompletableFuture<DeletedFile> deleteAsync(String fileId) {
        return deleteAsync(fileId, RequestOptions.none());
    }

    /** Downloads a file's content into a new file (replacing an existing one) and returns the bytes written
     * ({@code GET /v1/files/{file_id}/content}). The content is streamed, never held in memory. */
    Long download(String fileId, Path target, RequestOptions options);

    /** {@link #download(String, Path, RequestOptions)} with the client's default options. */
    default Long download(String fileId, Path target) {
        return download(fileId, target, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #download(String, Path, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<Long> downloadAsync(String fileId, Path target, RequestOptions options);

    /** {@link #downloadAsync(String, Path, RequestOptions)} with the client's default options. */
    default CompletableFuture<Long> downloadAsync(String fileId, Path target) {
        return downloadAsync(fileId, target, RequestOptions.none());
    }

    /** Downloads a file's content into {@code target} (left open) and returns the bytes written. The
     * content is streamed, never held in memory. */
    Long download(String fileId, OutputStream target, RequestOptions options);

    /** {@link #download(String, OutputStream, RequestOptions)} with the client's default options. */
    default Long download(String fileId, OutputStream target) {
        return download(fileId, target, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #download(String, OutputStream, RequestOptions)}; the future fails with the same
     * typed exception.
     */
    CompletableFuture<Long> downloadAsync(String fileId, OutputStream target, RequestOptions options);

    /** {@link #downloadAsync(String, OutputStream, RequestOptions)} with the client's default options. */
    default CompletableFuture<Long> downloadAsync(String fileId, OutputStream target) {
        return downloadAsync(fileId, target, RequestOptions.none());
    }

    /** Opens a file's content as a stream; close the returned download to release the connection. */
    FileDownload downloadStream(String fileId, RequestOptions options);

    /** {@link #downloadStream(String, RequestOptions)} with the client's default options. */
    default FileDownload downloadStream(String fileId) {
        return downloadStream(fileId, RequestOptions.none());
    }

    /** A URL to download the file without credentials, valid for {@code expiryHours}
     * ({@code GET /v1/files/{file_id}/url}). */
    SignedUrl signedUrl(String fileId, int expiryHours, RequestOptions options);

    /** {@link #signedUrl(String, int, RequestOptions)} with the client's default options. */
    default SignedUrl signedUrl(String fileId, int expiryHours) {
        return signedUrl(fileId, expiryHours, RequestOptions.none());
    }

    /**
     * Asynchronous {@link #signedUrl(String, int, RequestOptions)}; the future fails with the same typed
     * exception.
     */
    CompletableFuture<SignedUrl> signedUrlAsync(String fileId, int expiryHours, RequestOptions options);

    /** {@link #signedUrlAsync(String, int, RequestOptions)} with the client's default options. */
    default CompletableFuture<SignedUrl> signedUrlAsync(String fileId, int expiryHours) {
        return signedUrlAsync(fileId, expiryHours, RequestOptions.none());
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
         * {@link FilesService#upload(FileUploadRequest, RequestOptions)} with the HTTP status, headers and
         * raw body.
         */
        ApiResponse<FileInfo> upload(FileUploadRequest request, RequestOptions options);

        /** {@link #upload(FileUploadRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<FileInfo> upload(FileUploadRequest request) {
            return upload(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #upload(FileUploadRequest, RequestOptions)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<FileInfo>> uploadAsync(FileUploadRequest request, RequestOptions options);

        /** {@link #uploadAsync(FileUploadRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FileInfo>> uploadAsync(FileUploadRequest request) {
            return uploadAsync(request, RequestOptions.none());
        }

        /**
         * {@link FilesService#list(FileListRequest, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<Page<FileInfo>> list(FileListRequest request, RequestOptions options);

        /** {@link #list(FileListRequest, RequestOptions)} with the client's default options. */
        default ApiResponse<Page<FileInfo>> list(FileListRequest request) {
            return list(request, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #list(FileListRequest, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Page<FileInfo>>> listAsync(FileListRequest request, RequestOptions options);

        /** {@link #listAsync(FileListRequest, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<Page<FileInfo>>> listAsync(FileListRequest request) {
            return listAsync(request, RequestOptions.none());
        }

        /**
         * {@link FilesService#retrieve(String, RequestOptions)} with the HTTP status, headers and raw body.
         */
        ApiResponse<FileInfo> retrieve(String fileId, RequestOptions options);

        /** {@link #retrieve(String, RequestOptions)} with the client's default options. */
        default ApiResponse<FileInfo> retrieve(String fileId) {
            return retrieve(fileId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #retrieve(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<FileInfo>> retrieveAsync(String fileId, RequestOptions options);

        /** {@link #retrieveAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<FileInfo>> retrieveAsync(String fileId) {
            return retrieveAsync(fileId, RequestOptions.none());
        }

        /** {@link FilesService#delete(String, RequestOptions)} with the HTTP status, headers and raw body. */
        ApiResponse<DeletedFile> delete(String fileId, RequestOptions options);

        /** {@link #delete(String, RequestOptions)} with the client's default options. */
        default ApiResponse<DeletedFile> delete(String fileId) {
            return delete(fileId, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #delete(String, RequestOptions)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<DeletedFile>> deleteAsync(String fileId, RequestOptions options);

        /** {@link #deleteAsync(String, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<DeletedFile>> deleteAsync(String fileId) {
            return deleteAsync(fileId, RequestOptions.none());
        }

        /**
         * {@link FilesService#download(String, Path, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<Long> download(String fileId, Path target, RequestOptions options);

        /** {@link #download(String, Path, RequestOptions)} with the client's default options. */
        default ApiResponse<Long> download(String fileId, Path target) {
            return download(fileId, target, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #download(String, Path, RequestOptions)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, Path target, RequestOptions options);

        /** {@link #downloadAsync(String, Path, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, Path target) {
            return downloadAsync(fileId, target, RequestOptions.none());
        }

        /**
         * {@link FilesService#download(String, OutputStream, RequestOptions)} with the HTTP status, headers
         * and raw body.
         */
        ApiResponse<Long> download(String fileId, OutputStream target, RequestOptions options);

        /** {@link #download(String, OutputStream, RequestOptions)} with the client's default options. */
        default ApiResponse<Long> download(String fileId, OutputStream target) {
            return download(fileId, target, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #download(String, OutputStream, RequestOptions)}; the future fails with the
         * same typed exception.
         */
        CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, OutputStream target, RequestOptions options);

        /** {@link #downloadAsync(String, OutputStream, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, OutputStream target) {
            return downloadAsync(fileId, target, RequestOptions.none());
        }

        /**
         * {@link FilesService#signedUrl(String, int, RequestOptions)} with the HTTP status, headers and raw
         * body.
         */
        ApiResponse<SignedUrl> signedUrl(String fileId, int expiryHours, RequestOptions options);

        /** {@link #signedUrl(String, int, RequestOptions)} with the client's default options. */
        default ApiResponse<SignedUrl> signedUrl(String fileId, int expiryHours) {
            return signedUrl(fileId, expiryHours, RequestOptions.none());
        }

        /**
         * Asynchronous {@link #signedUrl(String, int, RequestOptions)}; the future fails with the same
         * typed exception.
         */
        CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String fileId, int expiryHours, RequestOptions options);

        /** {@link #signedUrlAsync(String, int, RequestOptions)} with the client's default options. */
        default CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String fileId, int expiryHours) {
            return signedUrlAsync(fileId, expiryHours, RequestOptions.none());
        }
    }
}
