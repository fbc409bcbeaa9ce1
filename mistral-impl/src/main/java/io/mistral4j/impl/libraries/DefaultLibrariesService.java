package io.mistral4j.impl.libraries;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.RequestOptions;
import io.mistral4j.files.SignedUrl;
import io.mistral4j.impl.files.MultipartBody;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.jobs.JobPoller;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.CursorPaging;
import io.mistral4j.impl.operation.OnId;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.operation.Paging;
import io.mistral4j.libraries.Document;
import io.mistral4j.libraries.DocumentListRequest;
import io.mistral4j.libraries.DocumentTextContent;
import io.mistral4j.libraries.DocumentUpdateRequest;
import io.mistral4j.libraries.DocumentUploadRequest;
import io.mistral4j.libraries.LibrariesService;
import io.mistral4j.libraries.Library;
import io.mistral4j.libraries.LibraryCreateRequest;
import io.mistral4j.libraries.LibraryListRequest;
import io.mistral4j.libraries.LibraryUpdateRequest;
import io.mistral4j.libraries.ProcessingStatus;
import io.mistral4j.libraries.Sharing;
import io.mistral4j.libraries.SharingDeleteRequest;
import io.mistral4j.libraries.SharingRequest;
import io.mistral4j.pagination.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link LibrariesService} over {@code /v1/libraries}, with streamed document uploads. */
public final class DefaultLibrariesService implements LibrariesService {

    static final String LIBRARIES = "/v1/libraries";
    static final String LIBRARY = LIBRARIES + "/{libraryId}";
    static final String DOCUMENTS = LIBRARY + "/documents";
    static final String DOCUMENT = DOCUMENTS + "/{documentId}";
    static final String SHARE = LIBRARY + "/share";

    static final Operation<LibraryCreateRequest, Library> CREATE = Operation
            .<LibraryCreateRequest, Library>post("libraries.create", LIBRARIES, Library.class).jsonBody().build();
    static final Operation<LibraryListRequest, LibraryListPage> LIST = Operation
            .<LibraryListRequest, LibraryListPage>get("libraries.list", LIBRARIES, LibraryListPage.class)
            .encode((request, call) -> call.request(request).query("page_size", request.pageSize())
                    .query("page_token", request.pageToken()).query("search", request.search()))
            .build();
    static final Operation<String, Library> GET = Operation
            .<String, Library>get("libraries.get", LIBRARY, Library.class).pathId("libraryId").build();
    static final Operation<OnId<LibraryUpdateRequest>, Library> UPDATE = Operation
            .<OnId<LibraryUpdateRequest>, Library>put("libraries.update", LIBRARY, Library.class)
            .encode(DefaultLibrariesService::onLibrary).build();
    static final Operation<OnId<LibraryUpdateRequest>, Library> PATCH = Operation
            .<OnId<LibraryUpdateRequest>, Library>patch("libraries.patch", LIBRARY, Library.class)
            .encode(DefaultLibrariesService::onLibrary).build();
    static final Operation<String, Library> DELETE = Operation
            .<String, Library>delete("libraries.delete", LIBRARY, Library.class).pathId("libraryId").build();
    static final Operation<OnId<DocumentUploadRequest>, Document> UPLOAD = Operation
            .<OnId<DocumentUploadRequest>, Document>post("libraries.documents.upload", DOCUMENTS, Document.class)
            .encode(DefaultLibrariesService::multipart).build();
    static final Operation<OnId<DocumentListRequest>, DocumentListPage> LIST_DOCUMENTS = Operation
            .<OnId<DocumentListRequest>, DocumentListPage>get("libraries.documents.list", DOCUMENTS,
                    DocumentListPage.class)
            .encode((ask, call) -> {
                DocumentListRequest request = ask.arg();
                call.path("libraryId", ask.id()).request(request).query("search", request.search())
                        .query("page_size", request.pageSize()).query("page", request.page())
                        .query("sort_by", request.sortBy()).query("sort_order", request.sortOrder());
            }).build();
    static final Operation<DocumentRef, Document> GET_DOCUMENT = Operation
            .<DocumentRef, Document>get("libraries.documents.get", DOCUMENT, Document.class)
            .encode(DocumentRef::into).build();
    static final Operation<DocumentAsk<DocumentUpdateRequest>, Document> UPDATE_DOCUMENT = Operation
            .<DocumentAsk<DocumentUpdateRequest>, Document>put("libraries.documents.update", DOCUMENT, Document.class)
            .encode(DefaultLibrariesService::onDocument).build();
    static final Operation<DocumentAsk<DocumentUpdateRequest>, Document> PATCH_DOCUMENT = Operation
            .<DocumentAsk<DocumentUpdateRequest>, Document>patch("libraries.documents.patch", DOCUMENT, Document.class)
            .encode(DefaultLibrariesService::onDocument).build();
    static final Operation<DocumentRef, Void> DELETE_DOCUMENT = Operation
            .<DocumentRef, Void>delete("libraries.documents.delete", DOCUMENT, Void.class)
            .encode(DocumentRef::into).build();
    static final Operation<DocumentAsk<PageRange>, DocumentTextContent> TEXT_CONTENT = Operation
            .<DocumentAsk<PageRange>, DocumentTextContent>get("libraries.documents.get_text_content",
                    DOCUMENT + "/text_content", DocumentTextContent.class)
            .encode((ask, call) -> ask.arg().into(ask.ref().into(call))).build();
    static final Operation<DocumentRef, ProcessingStatus> STATUS = Operation
            .<DocumentRef, ProcessingStatus>get("libraries.documents.get_status", DOCUMENT + "/status",
                    ProcessingStatus.class)
            .encode(DocumentRef::into).build();
    static final Operation<DocumentRef, String> SIGNED_URL = Operation
            .<DocumentRef, String>get("libraries.documents.get_signed_url", DOCUMENT + "/signed-url", String.class)
            .encode(DocumentRef::into).build();
    static final Operation<DocumentRef, String> EXTRACTED_TEXT_URL = Operation
            .<DocumentRef, String>get("libraries.documents.get_extracted_text_signed_url",
                    DOCUMENT + "/extracted-text-signed-url", String.class)
            .encode(DocumentRef::into).build();
    static final Operation<DocumentRef, Void> REPROCESS = Operation
            .<DocumentRef, Void>post("libraries.documents.reprocess", DOCUMENT + "/reprocess", Void.class)
            .encode(DocumentRef::into).build();
    static final Operation<String, SharingList> LIST_SHARING = Operation
            .<String, SharingList>get("libraries.share.list", SHARE, SharingList.class).pathId("libraryId").build();
    static final Operation<OnId<SharingRequest>, Sharing> SHARE_CREATE = Operation
            .<OnId<SharingRequest>, Sharing>put("libraries.share.create", SHARE, Sharing.class)
            .encode(DefaultLibrariesService::onLibrary).build();
    static final Operation<OnId<SharingDeleteRequest>, Sharing> UNSHARE = Operation
            .<OnId<SharingDeleteRequest>, Sharing>delete("libraries.share.delete", SHARE, Sharing.class)
            .encode(DefaultLibrariesService::onLibrary).build();

    private static final CursorPaging<LibraryListRequest, LibraryListPage, Library> LIBRARY_PAGES =
            new CursorPaging<>(LibraryListPage::data, LibraryListPage::nextPageToken,
                    (request, token) -> request.toBuilder().pageToken(token).build());
    private static final Paging<OnId<DocumentListRequest>, DocumentListPage, Document> DOCUMENT_PAGES = Paging.of(
            DocumentListPage::data, DocumentListPage::totalItems, ask -> ask.arg().page(),
            ask -> ask.arg().pageSize(), (ask, page) -> new OnId<>(ask.id(), ask.arg().withPage(page)));

    private final Operations operations;
    private final JobPoller poller;
    private final Raw raw = new Raw();

    public DefaultLibrariesService(CallExecutor executor, JobPoller poller) {
        this(new Operations(executor), poller);
    }

    private DefaultLibrariesService(Operations operations, JobPoller poller) {
        this.operations = operations;
        this.poller = poller;
    }

    /** Polls through this view, so every poll is sent with its options. */
    @Override
    public ProcessingStatus awaitProcessed(String libraryId, String documentId, AwaitOptions<ProcessingStatus> await) {
        return poller.await(documentId, await, () -> status(libraryId, documentId), ProcessingStatus::isFinished,
                ProcessingStatus::processStatus);
    }

    @Override
    public CompletableFuture<ProcessingStatus> awaitProcessedAsync(String libraryId, String documentId,
                                                                   AwaitOptions<ProcessingStatus> await) {
        return poller.awaitAsync(documentId, await, () -> statusAsync(libraryId, documentId),
                ProcessingStatus::isFinished, ProcessingStatus::processStatus, operations.executor().asyncExecutor());
    }

    @Override
    public LibrariesService withOptions(RequestOptions options) {
        return new DefaultLibrariesService(operations.withOptions(options), poller);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static void onLibrary(OnId<?> ask, CallSpec call) {
        call.path("libraryId", ask.id()).json(CallSpec.requireRequest(ask.arg()));
    }

    private static void onDocument(DocumentAsk<?> ask, CallSpec call) {
        ask.ref().into(call).json(CallSpec.requireRequest(ask.arg()));
    }

    /** The document as the one part {@code file}, streamed. */
    private static void multipart(OnId<DocumentUploadRequest> ask, CallSpec call) {
        call.path("libraryId", ask.id());
        DocumentUploadRequest request = CallSpec.requireRequest(ask.arg());
        call.body(new MultipartBody(Map.of(), "file", request.file(), MultipartBody.checkedSize(request.file())),
                request);
    }

    private static LibraryListRequest orAll(LibraryListRequest request) {
        return request == null ? LibraryListRequest.all() : request;
    }

    private static DocumentListRequest orAll(DocumentListRequest request) {
        return request == null ? DocumentListRequest.all() : request;
    }

    /** The API answers a signed URL as a bare JSON string. */
    private static ApiResponse<SignedUrl> signed(ApiResponse<String> answer) {
        return new ApiResponse<>(answer.statusCode(), answer.headers(), answer.rawBody(), new SignedUrl(answer.value()));
    }

    private static ApiResponse<List<Sharing>> sharings(ApiResponse<SharingList> answer) {
        return new ApiResponse<>(answer.statusCode(), answer.headers(), answer.rawBody(), answer.value().data());
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<Library> create(LibraryCreateRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<Library>> createAsync(LibraryCreateRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public ApiResponse<Page<Library>> list(LibraryListRequest request) {
            return operations.rawPage(LIST, orAll(request), LIBRARY_PAGES);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Library>>> listAsync(LibraryListRequest request) {
            return operations.rawPageAsync(LIST, orAll(request), LIBRARY_PAGES);
        }

        @Override
        public ApiResponse<Library> get(String libraryId) {
            return operations.raw(GET, libraryId);
        }

        @Override
        public CompletableFuture<ApiResponse<Library>> getAsync(String libraryId) {
            return operations.rawAsync(GET, libraryId);
        }

        @Override
        public ApiResponse<Library> update(String libraryId, LibraryUpdateRequest request) {
            return operations.raw(UPDATE, new OnId<>(libraryId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Library>> updateAsync(String libraryId, LibraryUpdateRequest request) {
            return operations.rawAsync(UPDATE, new OnId<>(libraryId, request));
        }

        @Override
        public ApiResponse<Library> patch(String libraryId, LibraryUpdateRequest request) {
            return operations.raw(PATCH, new OnId<>(libraryId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Library>> patchAsync(String libraryId, LibraryUpdateRequest request) {
            return operations.rawAsync(PATCH, new OnId<>(libraryId, request));
        }

        @Override
        public ApiResponse<Library> delete(String libraryId) {
            return operations.raw(DELETE, libraryId);
        }

        @Override
        public CompletableFuture<ApiResponse<Library>> deleteAsync(String libraryId) {
            return operations.rawAsync(DELETE, libraryId);
        }

        @Override
        public ApiResponse<Document> uploadDocument(String libraryId, DocumentUploadRequest request) {
            return operations.raw(UPLOAD, new OnId<>(libraryId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Document>> uploadDocumentAsync(String libraryId, DocumentUploadRequest request) {
            return operations.rawAsync(UPLOAD, new OnId<>(libraryId, request));
        }

        @Override
        public ApiResponse<Page<Document>> listDocuments(String libraryId, DocumentListRequest request) {
            return operations.rawPage(LIST_DOCUMENTS, new OnId<>(libraryId, orAll(request)), DOCUMENT_PAGES);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Document>>> listDocumentsAsync(String libraryId, DocumentListRequest request) {
            return operations.rawPageAsync(LIST_DOCUMENTS, new OnId<>(libraryId, orAll(request)), DOCUMENT_PAGES);
        }

        @Override
        public ApiResponse<Document> getDocument(String libraryId, String documentId) {
            return operations.raw(GET_DOCUMENT, new DocumentRef(libraryId, documentId));
        }

        @Override
        public CompletableFuture<ApiResponse<Document>> getDocumentAsync(String libraryId, String documentId) {
            return operations.rawAsync(GET_DOCUMENT, new DocumentRef(libraryId, documentId));
        }

        @Override
        public ApiResponse<Document> updateDocument(String libraryId, String documentId, DocumentUpdateRequest request) {
            return operations.raw(UPDATE_DOCUMENT, new DocumentAsk<>(libraryId, documentId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Document>> updateDocumentAsync(String libraryId, String documentId, DocumentUpdateRequest request) {
            return operations.rawAsync(UPDATE_DOCUMENT, new DocumentAsk<>(libraryId, documentId, request));
        }

        @Override
        public ApiResponse<Document> patchDocument(String libraryId, String documentId, DocumentUpdateRequest request) {
            return operations.raw(PATCH_DOCUMENT, new DocumentAsk<>(libraryId, documentId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Document>> patchDocumentAsync(String libraryId, String documentId, DocumentUpdateRequest request) {
            return operations.rawAsync(PATCH_DOCUMENT, new DocumentAsk<>(libraryId, documentId, request));
        }

        @Override
        public ApiResponse<Void> deleteDocument(String libraryId, String documentId) {
            return operations.raw(DELETE_DOCUMENT, new DocumentRef(libraryId, documentId));
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> deleteDocumentAsync(String libraryId, String documentId) {
            return operations.rawAsync(DELETE_DOCUMENT, new DocumentRef(libraryId, documentId));
        }

        @Override
        public ApiResponse<DocumentTextContent> textContent(String libraryId, String documentId, Integer pageStart, Integer pageEnd) {
            return operations.raw(TEXT_CONTENT, new DocumentAsk<>(libraryId, documentId, new PageRange(pageStart, pageEnd)));
        }

        @Override
        public CompletableFuture<ApiResponse<DocumentTextContent>> textContentAsync(String libraryId, String documentId, Integer pageStart, Integer pageEnd) {
            return operations.rawAsync(TEXT_CONTENT, new DocumentAsk<>(libraryId, documentId, new PageRange(pageStart, pageEnd)));
        }

        @Override
        public ApiResponse<ProcessingStatus> status(String libraryId, String documentId) {
            return operations.raw(STATUS, new DocumentRef(libraryId, documentId));
        }

        @Override
        public CompletableFuture<ApiResponse<ProcessingStatus>> statusAsync(String libraryId, String documentId) {
            return operations.rawAsync(STATUS, new DocumentRef(libraryId, documentId));
        }

        @Override
        public ApiResponse<SignedUrl> signedUrl(String libraryId, String documentId) {
            return signed(operations.raw(SIGNED_URL, new DocumentRef(libraryId, documentId)));
        }

        @Override
        public CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String libraryId, String documentId) {
            return operations.rawAsync(SIGNED_URL, new DocumentRef(libraryId, documentId)).thenApply(DefaultLibrariesService::signed);
        }

        @Override
        public ApiResponse<SignedUrl> extractedTextSignedUrl(String libraryId, String documentId) {
            return signed(operations.raw(EXTRACTED_TEXT_URL, new DocumentRef(libraryId, documentId)));
        }

        @Override
        public CompletableFuture<ApiResponse<SignedUrl>> extractedTextSignedUrlAsync(String libraryId, String documentId) {
            return operations.rawAsync(EXTRACTED_TEXT_URL, new DocumentRef(libraryId, documentId)).thenApply(DefaultLibrariesService::signed);
        }

        @Override
        public ApiResponse<Void> reprocessDocument(String libraryId, String documentId) {
            return operations.raw(REPROCESS, new DocumentRef(libraryId, documentId));
        }

        @Override
        public CompletableFuture<ApiResponse<Void>> reprocessDocumentAsync(String libraryId, String documentId) {
            return operations.rawAsync(REPROCESS, new DocumentRef(libraryId, documentId));
        }

        @Override
        public ApiResponse<List<Sharing>> listSharing(String libraryId) {
            return sharings(operations.raw(LIST_SHARING, libraryId));
        }

        @Override
        public CompletableFuture<ApiResponse<List<Sharing>>> listSharingAsync(String libraryId) {
            return operations.rawAsync(LIST_SHARING, libraryId).thenApply(DefaultLibrariesService::sharings);
        }

        @Override
        public ApiResponse<Sharing> share(String libraryId, SharingRequest request) {
            return operations.raw(SHARE_CREATE, new OnId<>(libraryId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Sharing>> shareAsync(String libraryId, SharingRequest request) {
            return operations.rawAsync(SHARE_CREATE, new OnId<>(libraryId, request));
        }

        @Override
        public ApiResponse<Sharing> unshare(String libraryId, SharingDeleteRequest request) {
            return operations.raw(UNSHARE, new OnId<>(libraryId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Sharing>> unshareAsync(String libraryId, SharingDeleteRequest request) {
            return operations.rawAsync(UNSHARE, new OnId<>(libraryId, request));
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultLibrariesService.this.withOptions(options).withRawResponse();
        }
    }
}
