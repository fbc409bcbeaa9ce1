package io.mistral4j.impl.files;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.DeletedFile;
import io.mistral4j.files.FileDownload;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FileListRequest;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.FilesService;
import io.mistral4j.files.SignedUrl;
import io.mistral4j.files.UploadContent;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.CallSpec;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.operation.Paging;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.ApiCall;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@link FilesService} over {@code /v1/files}, with streamed uploads and downloads. */
public final class DefaultFilesService implements FilesService {

    static final String PATH = "/v1/files";

    static final Operation<FileUploadRequest, FileInfo> UPLOAD = Operation
            .<FileUploadRequest, FileInfo>post("files.upload", PATH, FileInfo.class)
            .encode(DefaultFilesService::multipart).build();
    static final Operation<FileListRequest, FileListResponse> LIST = Operation
            .<FileListRequest, FileListResponse>get("files.list", PATH, FileListResponse.class)
            .encode((filters, call) -> call.request(filters)
                    .query("page", filters.page())
                    .query("page_size", filters.pageSize())
                    .query("include_total", filters.includeTotal())
                    .queryEach("sample_type", filters.sampleTypes())
                    .queryEach("source", filters.sources())
                    .query("search", filters.search())
                    .query("purpose", filters.purpose())
                    .queryEach("mimetypes", filters.mimetypes()))
            .build();
    static final Operation<String, FileInfo> RETRIEVE = Operation
            .<String, FileInfo>get("files.retrieve", PATH + "/{fileId}", FileInfo.class).pathId("fileId").build();
    static final Operation<String, DeletedFile> DELETE = Operation
            .<String, DeletedFile>delete("files.delete", PATH + "/{fileId}", DeletedFile.class).pathId("fileId").build();
    static final Operation<String, Void> DOWNLOAD = Operation
            .<String, Void>get("files.download", PATH + "/{fileId}/content", Void.class).pathId("fileId").build();
    static final Operation<SignedUrlAsk, SignedUrl> SIGNED_URL = Operation
            .<SignedUrlAsk, SignedUrl>get("files.get_signed_url", PATH + "/{fileId}/url", SignedUrl.class)
            .encode((ask, call) -> call.path("fileId", ask.fileId()).query("expiry", ask.checkedHours()))
            .build();

    private static final Paging<FileListRequest, FileListResponse, FileInfo> PAGING = Paging.of(
            FileListResponse::data, FileListResponse::total, FileListRequest::page, FileListRequest::pageSize,
            FileListRequest::withPage);

    /** The arguments of a signed-URL call. */
    record SignedUrlAsk(String fileId, int expiryHours) {
        int checkedHours() {
            if (expiryHours < 1) {
                throw new ValidationException("expiryHours", "must be 1 or more, was " + expiryHours);
            }
            return expiryHours;
        }
    }

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultFilesService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultFilesService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public FileDownload downloadStream(String fileId) {
        return openDownload(fileId);
    }

    @Override
    public FilesService withOptions(RequestOptions options) {
        return new DefaultFilesService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static FileListRequest orAll(FileListRequest request) {
        return request == null ? FileListRequest.all() : request;
    }

    /** The upload as {@code multipart/form-data}, its fields first so that a server can read them before the content. */
    private static void multipart(FileUploadRequest request, CallSpec call) {
        CallSpec.requireRequest(request);
        UploadContent file = request.file();
        long size = MultipartBody.checkedSize(file);
        Map<String, String> fields = new LinkedHashMap<>();
        putIfSet(fields, "purpose", request.purpose());
        putIfSet(fields, "expiry", request.expiry());
        putIfSet(fields, "visibility", request.visibility());
        call.body(new MultipartBody(fields, "file", file, size), request);
    }

    private static void putIfSet(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, String.valueOf(value));
        }
    }

    private DefaultFileDownload openDownload(String fileId) {
        return DefaultFileDownload.open(operations.executor(), operations.call(DOWNLOAD, fileId));
    }

    private ApiResponse<Long> download(String fileId, Object target, Function<FileDownload, Long> sink) {
        if (target == null) {
            throw new ValidationException("target", "must not be null");
        }
        DefaultFileDownload download = openDownload(fileId);
        long bytes = sink.apply(download);
        return new ApiResponse<>(download.statusCode(), download.headers(), "", bytes);
    }

    private <T> CompletableFuture<T> onExecutor(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, operations.executor().asyncExecutor());
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<FileInfo> upload(FileUploadRequest request) {
            return operations.raw(UPLOAD, request);
        }

        @Override
        public CompletableFuture<ApiResponse<FileInfo>> uploadAsync(FileUploadRequest request) {
            return operations.rawAsync(UPLOAD, request);
        }

        @Override
        public ApiResponse<Page<FileInfo>> list(FileListRequest request) {
            return operations.rawPage(LIST, orAll(request), PAGING);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<FileInfo>>> listAsync(FileListRequest request) {
            return operations.rawPageAsync(LIST, orAll(request), PAGING);
        }

        @Override
        public ApiResponse<FileInfo> retrieve(String fileId) {
            return operations.raw(RETRIEVE, fileId);
        }

        @Override
        public CompletableFuture<ApiResponse<FileInfo>> retrieveAsync(String fileId) {
            return operations.rawAsync(RETRIEVE, fileId);
        }

        @Override
        public ApiResponse<DeletedFile> delete(String fileId) {
            return operations.raw(DELETE, fileId);
        }

        @Override
        public CompletableFuture<ApiResponse<DeletedFile>> deleteAsync(String fileId) {
            return operations.rawAsync(DELETE, fileId);
        }

        @Override
        public ApiResponse<Long> download(String fileId, Path target) {
            return DefaultFilesService.this.download(fileId, target, d -> d.saveTo(target));
        }

        @Override
        public CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, Path target) {
            return onExecutor(() -> download(fileId, target));
        }

        @Override
        public ApiResponse<Long> download(String fileId, OutputStream target) {
            return DefaultFilesService.this.download(fileId, target, d -> d.transferTo(target));
        }

        @Override
        public CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, OutputStream target) {
            return onExecutor(() -> download(fileId, target));
        }

        @Override
        public ApiResponse<SignedUrl> signedUrl(String fileId, int expiryHours) {
            return operations.raw(SIGNED_URL, new SignedUrlAsk(fileId, expiryHours));
        }

        @Override
        public CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String fileId, int expiryHours) {
            return operations.rawAsync(SIGNED_URL, new SignedUrlAsk(fileId, expiryHours));
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultFilesService.this.withOptions(options).withRawResponse();
        }
    }
}
