package io.mistral4j.libraries;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.files.SignedUrl;
import io.mistral4j.pagination.Page;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Document libraries ({@code /v1/libraries}): create and change libraries, upload documents
 * (streamed, as files are) and follow their processing, read the text extracted from them, and
 * share libraries. Every operation has an async form and a raw-response form; settings for some
 * calls only (a timeout, attempts, headers) go through {@link #withOptions}.
 *
 * <pre>{@code
 * Library library = client.libraries().create(LibraryCreateRequest.builder().name("handbook").build());
 * Document document = client.libraries().uploadDocument(library.id(), DocumentUploadRequest.of(Path.of("guide.pdf")));
 * client.libraries().awaitProcessed(library.id(), document.id(), Duration.ofMinutes(5));
 * }</pre>
 */
public interface LibrariesService {

    /** Creates a library ({@code POST /v1/libraries}). */
    default Library create(LibraryCreateRequest request) {
        return withRawResponse().create(request).value();
    }

    /**
     * Asynchronous {@link #create(LibraryCreateRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Library> createAsync(LibraryCreateRequest request) {
        return withRawResponse().createAsync(request).thenApply(ApiResponse::value);
    }

    /** One page of libraries; {@link Page#autoPager()} walks the following pages by their tokens ({@code GET /v1/libraries}). */
    default Page<Library> list(LibraryListRequest request) {
        return withRawResponse().list(request).value();
    }

    /**
     * Asynchronous {@link #list(LibraryListRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Page<Library>> listAsync(LibraryListRequest request) {
        return withRawResponse().listAsync(request).thenApply(ApiResponse::value);
    }

    /** A library ({@code GET /v1/libraries/{library_id}}). */
    default Library get(String libraryId) {
        return withRawResponse().get(libraryId).value();
    }

    /**
     * Asynchronous {@link #get(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Library> getAsync(String libraryId) {
        return withRawResponse().getAsync(libraryId).thenApply(ApiResponse::value);
    }

    /** Replaces a library's name and description ({@code PUT /v1/libraries/{library_id}}). */
    default Library update(String libraryId, LibraryUpdateRequest request) {
        return withRawResponse().update(libraryId, request).value();
    }

    /**
     * Asynchronous {@link #update(String, LibraryUpdateRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Library> updateAsync(String libraryId, LibraryUpdateRequest request) {
        return withRawResponse().updateAsync(libraryId, request).thenApply(ApiResponse::value);
    }

    /** Changes what is set in {@code request} of a library ({@code PATCH /v1/libraries/{library_id}}). */
    default Library patch(String libraryId, LibraryUpdateRequest request) {
        return withRawResponse().patch(libraryId, request).value();
    }

    /**
     * Asynchronous {@link #patch(String, LibraryUpdateRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Library> patchAsync(String libraryId, LibraryUpdateRequest request) {
        return withRawResponse().patchAsync(libraryId, request).thenApply(ApiResponse::value);
    }

    /** Deletes a library and its documents; returns the library as it was ({@code DELETE /v1/libraries/{library_id}}). */
    default Library delete(String libraryId) {
        return withRawResponse().delete(libraryId).value();
    }

    /**
     * Asynchronous {@link #delete(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Library> deleteAsync(String libraryId) {
        return withRawResponse().deleteAsync(libraryId).thenApply(ApiResponse::value);
    }

    /** Uploads a document as {@code multipart/form-data}, streaming its content; processing starts then ({@code POST /v1/libraries/{library_id}/documents}). */
    default Document uploadDocument(String libraryId, DocumentUploadRequest request) {
        return withRawResponse().uploadDocument(libraryId, request).value();
    }

    /**
     * Asynchronous {@link #uploadDocument(String, DocumentUploadRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Document> uploadDocumentAsync(String libraryId, DocumentUploadRequest request) {
        return withRawResponse().uploadDocumentAsync(libraryId, request).thenApply(ApiResponse::value);
    }

    /** One page of a library's documents; {@link Page#autoPager()} walks the following pages ({@code GET /v1/libraries/{library_id}/documents}). */
    default Page<Document> listDocuments(String libraryId, DocumentListRequest request) {
        return withRawResponse().listDocuments(libraryId, request).value();
    }

    /**
     * Asynchronous {@link #listDocuments(String, DocumentListRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Page<Document>> listDocumentsAsync(String libraryId, DocumentListRequest request) {
        return withRawResponse().listDocumentsAsync(libraryId, request).thenApply(ApiResponse::value);
    }

    /** A document ({@code GET /v1/libraries/{library_id}/documents/{document_id}}). */
    default Document getDocument(String libraryId, String documentId) {
        return withRawResponse().getDocument(libraryId, documentId).value();
    }

    /**
     * Asynchronous {@link #getDocument(String, String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Document> getDocumentAsync(String libraryId, String documentId) {
        return withRawResponse().getDocumentAsync(libraryId, documentId).thenApply(ApiResponse::value);
    }

    /** Replaces a document's name, attributes and expiry ({@code PUT .../documents/{document_id}}). */
    default Document updateDocument(String libraryId, String documentId, DocumentUpdateRequest request) {
        return withRawResponse().updateDocument(libraryId, documentId, request).value();
    }

    /**
     * Asynchronous {@link #updateDocument(String, String, DocumentUpdateRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Document> updateDocumentAsync(String libraryId, String documentId, DocumentUpdateRequest request) {
        return withRawResponse().updateDocumentAsync(libraryId, documentId, request).thenApply(ApiResponse::value);
    }

    /** Changes what is set in {@code request} of a document ({@code PATCH .../documents/{document_id}}). */
    default Document patchDocument(String libraryId, String documentId, DocumentUpdateRequest request) {
        return withRawResponse().patchDocument(libraryId, documentId, request).value();
    }

    /**
     * Asynchronous {@link #patchDocument(String, String, DocumentUpdateRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Document> patchDocumentAsync(String libraryId, String documentId, DocumentUpdateRequest request) {
        return withRawResponse().patchDocumentAsync(libraryId, documentId, request).thenApply(ApiResponse::value);
    }

    /** Deletes a document ({@code DELETE .../documents/{document_id}}). */
    default void deleteDocument(String libraryId, String documentId) {
        withRawResponse().deleteDocument(libraryId, documentId);
    }

    /**
     * Asynchronous {@link #deleteDocument(String, String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Void> deleteDocumentAsync(String libraryId, String documentId) {
        return withRawResponse().deleteDocumentAsync(libraryId, documentId).thenApply(r -> (Void) null);
    }

    /** The text extracted from a document's pages {@code pageStart} to {@code pageEnd} (either null for no bound) ({@code GET .../documents/{document_id}/text_content}). */
    default DocumentTextContent textContent(String libraryId, String documentId, Integer pageStart, Integer pageEnd) {
        return withRawResponse().textContent(libraryId, documentId, pageStart, pageEnd).value();
    }

    /**
     * Asynchronous {@link #textContent(String, String, Integer, Integer)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<DocumentTextContent> textContentAsync(String libraryId, String documentId, Integer pageStart, Integer pageEnd) {
        return withRawResponse().textContentAsync(libraryId, documentId, pageStart, pageEnd).thenApply(ApiResponse::value);
    }

    /** Where a document's processing stands ({@code GET .../documents/{document_id}/status}). */
    default ProcessingStatus status(String libraryId, String documentId) {
        return withRawResponse().status(libraryId, documentId).value();
    }

    /**
     * Asynchronous {@link #status(String, String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<ProcessingStatus> statusAsync(String libraryId, String documentId) {
        return withRawResponse().statusAsync(libraryId, documentId).thenApply(ApiResponse::value);
    }

    /** A URL to download the uploaded document without credentials ({@code GET .../documents/{document_id}/signed-url}). */
    default SignedUrl signedUrl(String libraryId, String documentId) {
        return withRawResponse().signedUrl(libraryId, documentId).value();
    }

    /**
     * Asynchronous {@link #signedUrl(String, String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<SignedUrl> signedUrlAsync(String libraryId, String documentId) {
        return withRawResponse().signedUrlAsync(libraryId, documentId).thenApply(ApiResponse::value);
    }

    /** A URL to download the text extracted from a document without credentials ({@code GET .../documents/{document_id}/extracted-text-signed-url}). */
    default SignedUrl extractedTextSignedUrl(String libraryId, String documentId) {
        return withRawResponse().extractedTextSignedUrl(libraryId, documentId).value();
    }

    /**
     * Asynchronous {@link #extractedTextSignedUrl(String, String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<SignedUrl> extractedTextSignedUrlAsync(String libraryId, String documentId) {
        return withRawResponse().extractedTextSignedUrlAsync(libraryId, documentId).thenApply(ApiResponse::value);
    }

    /** Processes a document again ({@code POST .../documents/{document_id}/reprocess}). */
    default void reprocessDocument(String libraryId, String documentId) {
        withRawResponse().reprocessDocument(libraryId, documentId);
    }

    /**
     * Asynchronous {@link #reprocessDocument(String, String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Void> reprocessDocumentAsync(String libraryId, String documentId) {
        return withRawResponse().reprocessDocumentAsync(libraryId, documentId).thenApply(r -> (Void) null);
    }

    /** Who a library is shared with ({@code GET /v1/libraries/{library_id}/share}). */
    default List<Sharing> listSharing(String libraryId) {
        return withRawResponse().listSharing(libraryId).value();
    }

    /**
     * Asynchronous {@link #listSharing(String)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<List<Sharing>> listSharingAsync(String libraryId) {
        return withRawResponse().listSharingAsync(libraryId).thenApply(ApiResponse::value);
    }

    /** Shares a library, or changes the level it is shared at ({@code PUT /v1/libraries/{library_id}/share}). */
    default Sharing share(String libraryId, SharingRequest request) {
        return withRawResponse().share(libraryId, request).value();
    }

    /**
     * Asynchronous {@link #share(String, SharingRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Sharing> shareAsync(String libraryId, SharingRequest request) {
        return withRawResponse().shareAsync(libraryId, request).thenApply(ApiResponse::value);
    }

    /** Stops sharing a library with someone ({@code DELETE /v1/libraries/{library_id}/share}). */
    default Sharing unshare(String libraryId, SharingDeleteRequest request) {
        return withRawResponse().unshare(libraryId, request).value();
    }

    /**
     * Asynchronous {@link #unshare(String, SharingDeleteRequest)}; the future fails with the same typed
     * exception.
     */
    default CompletableFuture<Sharing> unshareAsync(String libraryId, SharingDeleteRequest request) {
        return withRawResponse().unshareAsync(libraryId, request).thenApply(ApiResponse::value);
    }

    /** Every library, page by page. */
    default Page<Library> list() {
        return list(LibraryListRequest.all());
    }

    /** Every document of a library, page by page. */
    default Page<Document> listDocuments(String libraryId) {
        return listDocuments(libraryId, DocumentListRequest.all());
    }

    /** All the text extracted from a document. */
    default DocumentTextContent textContent(String libraryId, String documentId) {
        return textContent(libraryId, documentId, null, null);
    }

    /**
     * Polls a document's status until its processing has ended ({@link ProcessingStatus#isFinished()}:
     * {@code done}, {@code error}, ...) and returns it, calling the progress callback after each poll.
     * Throws {@link io.mistral4j.errors.JobTimeoutException} when the timeout passes first; processing
     * goes on.
     */
    ProcessingStatus awaitProcessed(String libraryId, String documentId, AwaitOptions<ProcessingStatus> await);

    /**
     * Asynchronous {@link #awaitProcessed(String, String, AwaitOptions)}; the future fails with the
     * same typed exception.
     */
    CompletableFuture<ProcessingStatus> awaitProcessedAsync(String libraryId, String documentId,
                                                            AwaitOptions<ProcessingStatus> await);

    /** {@link #awaitProcessed(String, String, AwaitOptions)} polling every 5 s without a callback. */
    default ProcessingStatus awaitProcessed(String libraryId, String documentId, Duration timeout) {
        return awaitProcessed(libraryId, documentId, AwaitOptions.timeout(timeout));
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    LibrariesService withOptions(RequestOptions options);

    /** Library operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** {@link LibrariesService#create(LibraryCreateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Library> create(LibraryCreateRequest request);

        /**
         * Asynchronous {@link #create(LibraryCreateRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Library>> createAsync(LibraryCreateRequest request);

        /** {@link LibrariesService#list(LibraryListRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Page<Library>> list(LibraryListRequest request);

        /**
         * Asynchronous {@link #list(LibraryListRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Page<Library>>> listAsync(LibraryListRequest request);

        /** {@link LibrariesService#get(String)} with the HTTP status, headers and raw body. */
        ApiResponse<Library> get(String libraryId);

        /**
         * Asynchronous {@link #get(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Library>> getAsync(String libraryId);

        /** {@link LibrariesService#update(String, LibraryUpdateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Library> update(String libraryId, LibraryUpdateRequest request);

        /**
         * Asynchronous {@link #update(String, LibraryUpdateRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Library>> updateAsync(String libraryId, LibraryUpdateRequest request);

        /** {@link LibrariesService#patch(String, LibraryUpdateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Library> patch(String libraryId, LibraryUpdateRequest request);

        /**
         * Asynchronous {@link #patch(String, LibraryUpdateRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Library>> patchAsync(String libraryId, LibraryUpdateRequest request);

        /** {@link LibrariesService#delete(String)} with the HTTP status, headers and raw body. */
        ApiResponse<Library> delete(String libraryId);

        /**
         * Asynchronous {@link #delete(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Library>> deleteAsync(String libraryId);

        /** {@link LibrariesService#uploadDocument(String, DocumentUploadRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Document> uploadDocument(String libraryId, DocumentUploadRequest request);

        /**
         * Asynchronous {@link #uploadDocument(String, DocumentUploadRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Document>> uploadDocumentAsync(String libraryId, DocumentUploadRequest request);

        /** {@link LibrariesService#listDocuments(String, DocumentListRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Page<Document>> listDocuments(String libraryId, DocumentListRequest request);

        /**
         * Asynchronous {@link #listDocuments(String, DocumentListRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Page<Document>>> listDocumentsAsync(String libraryId, DocumentListRequest request);

        /** {@link LibrariesService#getDocument(String, String)} with the HTTP status, headers and raw body. */
        ApiResponse<Document> getDocument(String libraryId, String documentId);

        /**
         * Asynchronous {@link #getDocument(String, String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Document>> getDocumentAsync(String libraryId, String documentId);

        /** {@link LibrariesService#updateDocument(String, String, DocumentUpdateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Document> updateDocument(String libraryId, String documentId, DocumentUpdateRequest request);

        /**
         * Asynchronous {@link #updateDocument(String, String, DocumentUpdateRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Document>> updateDocumentAsync(String libraryId, String documentId, DocumentUpdateRequest request);

        /** {@link LibrariesService#patchDocument(String, String, DocumentUpdateRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Document> patchDocument(String libraryId, String documentId, DocumentUpdateRequest request);

        /**
         * Asynchronous {@link #patchDocument(String, String, DocumentUpdateRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Document>> patchDocumentAsync(String libraryId, String documentId, DocumentUpdateRequest request);

        /** {@link LibrariesService#deleteDocument(String, String)} with the HTTP status, headers and raw body. */
        ApiResponse<Void> deleteDocument(String libraryId, String documentId);

        /**
         * Asynchronous {@link #deleteDocument(String, String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Void>> deleteDocumentAsync(String libraryId, String documentId);

        /** {@link LibrariesService#textContent(String, String, Integer, Integer)} with the HTTP status, headers and raw body. */
        ApiResponse<DocumentTextContent> textContent(String libraryId, String documentId, Integer pageStart, Integer pageEnd);

        /**
         * Asynchronous {@link #textContent(String, String, Integer, Integer)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<DocumentTextContent>> textContentAsync(String libraryId, String documentId, Integer pageStart, Integer pageEnd);

        /** {@link LibrariesService#status(String, String)} with the HTTP status, headers and raw body. */
        ApiResponse<ProcessingStatus> status(String libraryId, String documentId);

        /**
         * Asynchronous {@link #status(String, String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<ProcessingStatus>> statusAsync(String libraryId, String documentId);

        /** {@link LibrariesService#signedUrl(String, String)} with the HTTP status, headers and raw body. */
        ApiResponse<SignedUrl> signedUrl(String libraryId, String documentId);

        /**
         * Asynchronous {@link #signedUrl(String, String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String libraryId, String documentId);

        /** {@link LibrariesService#extractedTextSignedUrl(String, String)} with the HTTP status, headers and raw body. */
        ApiResponse<SignedUrl> extractedTextSignedUrl(String libraryId, String documentId);

        /**
         * Asynchronous {@link #extractedTextSignedUrl(String, String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<SignedUrl>> extractedTextSignedUrlAsync(String libraryId, String documentId);

        /** {@link LibrariesService#reprocessDocument(String, String)} with the HTTP status, headers and raw body. */
        ApiResponse<Void> reprocessDocument(String libraryId, String documentId);

        /**
         * Asynchronous {@link #reprocessDocument(String, String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Void>> reprocessDocumentAsync(String libraryId, String documentId);

        /** {@link LibrariesService#listSharing(String)} with the HTTP status, headers and raw body. */
        ApiResponse<List<Sharing>> listSharing(String libraryId);

        /**
         * Asynchronous {@link #listSharing(String)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<List<Sharing>>> listSharingAsync(String libraryId);

        /** {@link LibrariesService#share(String, SharingRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Sharing> share(String libraryId, SharingRequest request);

        /**
         * Asynchronous {@link #share(String, SharingRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Sharing>> shareAsync(String libraryId, SharingRequest request);

        /** {@link LibrariesService#unshare(String, SharingDeleteRequest)} with the HTTP status, headers and raw body. */
        ApiResponse<Sharing> unshare(String libraryId, SharingDeleteRequest request);

        /**
         * Asynchronous {@link #unshare(String, SharingDeleteRequest)}; the future fails with the same typed
         * exception.
         */
        CompletableFuture<ApiResponse<Sharing>> unshareAsync(String libraryId, SharingDeleteRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }
}
