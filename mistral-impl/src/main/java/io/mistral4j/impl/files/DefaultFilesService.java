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
import io.mistral4j.impl.http.Pages;
import io.mistral4j.impl.http.PathSegments;
import io.mistral4j.impl.http.Query;
import io.mistral4j.impl.http.ServiceCalls;
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

    private final ServiceCalls calls;
    private final CallExecutor executor;
    private final Raw raw = new Raw();

    public DefaultFilesService(CallExecutor executor) {
        this.executor = executor;
        this.calls = new ServiceCalls(executor);
    }

    @Override
    public FileInfo upload(FileUploadRequest request, RequestOptions options) {
        return raw.upload(request, options).value();
    }

    @Override
    public CompletableFuture<FileInfo> uploadAsync(FileUploadRequest request, RequestOptions options) {
        return raw.uploadAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public Page<FileInfo> list(FileListRequest request, RequestOptions options) {
        return raw.list(request, options).value();
    }

    @Override
    public CompletableFuture<Page<FileInfo>> listAsync(FileListRequest request, RequestOptions options) {
        return raw.listAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public FileInfo retrieve(String fileId, RequestOptions options) {
        return raw.retrieve(fileId, options).value();
    }

    @Override
    public CompletableFuture<FileInfo> retrieveAsync(String fileId, RequestOptions options) {
        return raw.retrieveAsync(fileId, options).thenApply(ApiResponse::value);
    }

    @Override
    public DeletedFile delete(String fileId, RequestOptions options) {
        return raw.delete(fileId, options).value();
    }

    @Override
    public CompletableFuture<DeletedFile> deleteAsync(String fileId, RequestOptions options) {
        return raw.deleteAsync(fileId, options).thenApply(ApiResponse::value);
    }

    @Override
    public Long download(String fileId, Path target, RequestOptions options) {
        return raw.download(fileId, target, options).value();
    }

    @Override
    public CompletableFuture<Long> downloadAsync(String fileId, Path target, RequestOptions options) {
        return raw.downloadAsync(fileId, target, options).thenApply(ApiResponse::value);
    }

    @Override
    public Long download(String fileId, OutputStream target, RequestOptions options) {
        return raw.download(fileId, target, options).value();
    }

    @Override
    public CompletableFuture<Long> downloadAsync(String fileId, OutputStream target, RequestOptions options) {
        return raw.downloadAsync(fileId, target, options).thenApply(ApiResponse::value);
    }

    @Override
    public FileDownload downloadStream(String fileId, RequestOptions options) {
        ApiCall call = downloadCall(fileId, options);
        return DefaultFileDownload.open(executor, call);
    }

    @Override
    public SignedUrl signedUrl(String fileId, int expiryHours, RequestOptions options) {
        return raw.signedUrl(fileId, expiryHours, options).value();
    }

    @Override
    public CompletableFuture<SignedUrl> signedUrlAsync(String fileId, int expiryHours, RequestOptions options) {
        return raw.signedUrlAsync(fileId, expiryHours, options).thenApply(ApiResponse::value);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static ApiCall uploadCall(FileUploadRequest request, RequestOptions options) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
        UploadContent file = request.file();
        // Checked again here: the file may have gone since the request was built.
        if (file instanceof UploadContent.FromPath path) {
            path.requireReadable();
        }
        long size = file.size();
        if (file instanceof UploadContent.FromPath && size < 0) {
            throw new ValidationException("file", "cannot be read: " + ((UploadContent.FromPath) file).path());
        }
        // The fields go first so that a server can read them before the file's content.
        Map<String, String> fields = new LinkedHashMap<>();
        putIfSet(fields, "purpose", request.purpose());
        putIfSet(fields, "expiry", request.expiry());
        putIfSet(fields, "visibility", request.visibility());
        MultipartBody body = new MultipartBody(fields, "file", file, size);
        return new ApiCall("files.upload", null, "POST", PATH, null, body, false, request,
                ServiceCalls.orNone(options));
    }

    private static void putIfSet(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, String.valueOf(value));
        }
    }

    private static ApiCall listCall(FileListRequest request, RequestOptions options) {
        FileListRequest filters = request == null ? FileListRequest.all() : request;
        return new Query()
                .add("page", filters.page())
                .add("page_size", filters.pageSize())
                .add("include_total", filters.includeTotal())
                .addEach("sample_type", filters.sampleTypes())
                .addEach("source", filters.sources())
                .add("search", filters.search())
                .add("purpose", filters.purpose())
                .addEach("mimetypes", filters.mimetypes())
                .call("files.list", "GET", PATH, filters, options);
    }

    private static ApiCall fileCall(String operation, String method, String fileId, String suffix,
                                    RequestOptions options) {
        return new Query().call(operation, method, PATH + "/" + PathSegments.encode("fileId", fileId) + suffix,
                null, options);
    }

    private static ApiCall downloadCall(String fileId, RequestOptions options) {
        return fileCall("files.download", "GET", fileId, "/content", options);
    }

    private static ApiCall signedUrlCall(String fileId, int expiryHours, RequestOptions options) {
        if (expiryHours < 1) {
            throw new ValidationException("expiryHours", "must be 1 or more, was " + expiryHours);
        }
        return new Query().add("expiry", expiryHours).call("files.get_signed_url", "GET",
                PATH + "/" + PathSegments.encode("fileId", fileId) + "/url", null, options);
    }

    private Page<FileInfo> page(FileListRequest filters, FileListResponse response, RequestOptions options) {
        return Pages.of(response.data(), response.total(), filters.page(), filters.pageSize(),
                next -> list(filters.withPage(next), options));
    }

    private ApiResponse<Long> download(String fileId, RequestOptions options, Function<FileDownload, Long> sink) {
        ApiCall call = downloadCall(fileId, options);
        DefaultFileDownload download = DefaultFileDownload.open(executor, call);
        long bytes = sink.apply(download);
        return new ApiResponse<>(download.statusCode(), download.headers(), "", bytes);
    }

    private <T> CompletableFuture<T> onExecutor(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor.asyncExecutor());
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<FileInfo> upload(FileUploadRequest request, RequestOptions options) {
            return calls.sync(() -> uploadCall(request, options), FileInfo.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FileInfo>> uploadAsync(FileUploadRequest request,
                                                                    RequestOptions options) {
            return calls.async(() -> uploadCall(request, options), FileInfo.class);
        }

        @Override
        public ApiResponse<Page<FileInfo>> list(FileListRequest request, RequestOptions options) {
            FileListRequest filters = request == null ? FileListRequest.all() : request;
            ApiResponse<FileListResponse> response = calls.sync(() -> listCall(filters, options),
                    FileListResponse.class);
            return Pages.wrap(response, page(filters, response.value(), options));
        }

        @Override
        public CompletableFuture<ApiResponse<Page<FileInfo>>> listAsync(FileListRequest request,
                                                                        RequestOptions options) {
            FileListRequest filters = request == null ? FileListRequest.all() : request;
            return calls.<FileListResponse>async(() -> listCall(filters, options), FileListResponse.class)
                    .thenApply(response -> Pages.wrap(response, page(filters, response.value(), options)));
        }

        @Override
        public ApiResponse<FileInfo> retrieve(String fileId, RequestOptions options) {
            return calls.sync(() -> fileCall("files.retrieve", "GET", fileId, "", options), FileInfo.class);
        }

        @Override
        public CompletableFuture<ApiResponse<FileInfo>> retrieveAsync(String fileId, RequestOptions options) {
            return calls.async(() -> fileCall("files.retrieve", "GET", fileId, "", options), FileInfo.class);
        }

        @Override
        public ApiResponse<DeletedFile> delete(String fileId, RequestOptions options) {
            return calls.sync(() -> fileCall("files.delete", "DELETE", fileId, "", options), DeletedFile.class);
        }

        @Override
        public CompletableFuture<ApiResponse<DeletedFile>> deleteAsync(String fileId, RequestOptions options) {
            return calls.async(() -> fileCall("files.delete", "DELETE", fileId, "", options), DeletedFile.class);
        }

        @Override
        public ApiResponse<Long> download(String fileId, Path target, RequestOptions options) {
            if (target == null) {
                throw new ValidationException("target", "must not be null");
            }
            return DefaultFilesService.this.download(fileId, options, d -> d.saveTo(target));
        }

        @Override
        public CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, Path target, RequestOptions options) {
            return onExecutor(() -> download(fileId, target, options));
        }

        @Override
        public ApiResponse<Long> download(String fileId, OutputStream target, RequestOptions options) {
            if (target == null) {
                throw new ValidationException("target", "must not be null");
            }
            return DefaultFilesService.this.download(fileId, options, d -> d.transferTo(target));
        }

        @Override
        public CompletableFuture<ApiResponse<Long>> downloadAsync(String fileId, OutputStream target,
                                                                  RequestOptions options) {
            return onExecutor(() -> download(fileId, target, options));
        }

        @Override
        public ApiResponse<SignedUrl> signedUrl(String fileId, int expiryHours, RequestOptions options) {
            return calls.sync(() -> signedUrlCall(fileId, expiryHours, options), SignedUrl.class);
        }

        @Override
        public CompletableFuture<ApiResponse<SignedUrl>> signedUrlAsync(String fileId, int expiryHours,
                                                                        RequestOptions options) {
            return calls.async(() -> signedUrlCall(fileId, expiryHours, options), SignedUrl.class);
        }
    }
}
