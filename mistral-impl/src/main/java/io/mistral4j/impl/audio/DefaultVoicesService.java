package io.mistral4j.impl.audio;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.audio.Voice;
import io.mistral4j.audio.VoiceCreateRequest;
import io.mistral4j.audio.VoiceListRequest;
import io.mistral4j.audio.VoiceUpdateRequest;
import io.mistral4j.audio.VoicesService;
import io.mistral4j.files.FileDownload;
import io.mistral4j.impl.files.DefaultFileDownload;
import io.mistral4j.impl.operation.OnId;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.impl.operation.Paging;
import io.mistral4j.pagination.Page;
import java.util.concurrent.CompletableFuture;

/** {@link VoicesService} over {@code /v1/audio/voices}; samples are downloaded as streams. */
final class DefaultVoicesService implements VoicesService {

    static final String PATH = "/v1/audio/voices";
    static final String VOICE = PATH + "/{voiceId}";

    static final Operation<VoiceListRequest, VoiceListResponse> LIST = Operation
            .<VoiceListRequest, VoiceListResponse>get("audio.voices.list", PATH, VoiceListResponse.class)
            .encode((request, call) -> call.request(request)
                    .query("limit", request.pageSize())
                    .query("offset", (long) request.page() * request.pageSize())
                    .query("type", request.type() == null ? null : request.type().value()))
            .build();
    static final Operation<VoiceCreateRequest, Voice> CREATE = Operation
            .<VoiceCreateRequest, Voice>post("audio.voices.create", PATH, Voice.class).jsonBody().build();
    static final Operation<String, Voice> RETRIEVE = Operation
            .<String, Voice>get("audio.voices.get", VOICE, Voice.class).pathId("voiceId").build();
    static final Operation<OnId<VoiceUpdateRequest>, Voice> UPDATE = Operation
            .<OnId<VoiceUpdateRequest>, Voice>patch("audio.voices.update", VOICE, Voice.class)
            .encode((ask, call) -> call.path("voiceId", ask.id()).json(ask.arg())).build();
    static final Operation<String, Voice> DELETE = Operation
            .<String, Voice>delete("audio.voices.delete", VOICE, Voice.class).pathId("voiceId").build();
    static final Operation<String, Void> SAMPLE = Operation
            .<String, Void>get("audio.voices.sample", VOICE + "/sample", Void.class).pathId("voiceId").build();

    private static final Paging<VoiceListRequest, VoiceListResponse, Voice> PAGING = Paging.of(
            VoiceListResponse::items, VoiceListResponse::total, VoiceListRequest::page, VoiceListRequest::pageSize,
            VoiceListRequest::withPage);

    private final Operations operations;
    private final Raw raw = new Raw();

    DefaultVoicesService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public FileDownload sample(String voiceId) {
        return DefaultFileDownload.open(operations.executor(), operations.call(SAMPLE, voiceId));
    }

    @Override
    public VoicesService withOptions(RequestOptions options) {
        return new DefaultVoicesService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private static VoiceListRequest orAll(VoiceListRequest request) {
        return request == null ? VoiceListRequest.all() : request;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {

        @Override
        public ApiResponse<Page<Voice>> list(VoiceListRequest request) {
            return operations.rawPage(LIST, orAll(request), PAGING);
        }

        @Override
        public CompletableFuture<ApiResponse<Page<Voice>>> listAsync(VoiceListRequest request) {
            return operations.rawPageAsync(LIST, orAll(request), PAGING);
        }

        @Override
        public ApiResponse<Voice> create(VoiceCreateRequest request) {
            return operations.raw(CREATE, request);
        }

        @Override
        public CompletableFuture<ApiResponse<Voice>> createAsync(VoiceCreateRequest request) {
            return operations.rawAsync(CREATE, request);
        }

        @Override
        public ApiResponse<Voice> retrieve(String voiceId) {
            return operations.raw(RETRIEVE, voiceId);
        }

        @Override
        public CompletableFuture<ApiResponse<Voice>> retrieveAsync(String voiceId) {
            return operations.rawAsync(RETRIEVE, voiceId);
        }

        @Override
        public ApiResponse<Voice> update(String voiceId, VoiceUpdateRequest request) {
            return operations.raw(UPDATE, new OnId<>(voiceId, request));
        }

        @Override
        public CompletableFuture<ApiResponse<Voice>> updateAsync(String voiceId, VoiceUpdateRequest request) {
            return operations.rawAsync(UPDATE, new OnId<>(voiceId, request));
        }

        @Override
        public ApiResponse<Voice> delete(String voiceId) {
            return operations.raw(DELETE, voiceId);
        }

        @Override
        public CompletableFuture<ApiResponse<Voice>> deleteAsync(String voiceId) {
            return operations.rawAsync(DELETE, voiceId);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultVoicesService.this.withOptions(options).withRawResponse();
        }
    }
}
