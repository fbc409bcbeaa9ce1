package io.mistral4j.impl.ocr;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.JsonCalls;
import io.mistral4j.ocr.OcrRequest;
import io.mistral4j.ocr.OcrResponse;
import io.mistral4j.ocr.OcrService;
import io.mistral4j.spi.ApiCall;
import java.util.concurrent.CompletableFuture;

/** {@link OcrService} over {@code POST /v1/ocr}. OCR answers count pages, not tokens: no usage is reported. */
public final class DefaultOcrService implements OcrService {

    static final String PATH = "/v1/ocr";
    private static final String OPERATION = "ocr";

    private final JsonCalls calls;
    private final WithRawResponse raw = new Raw();

    public DefaultOcrService(CallExecutor executor) {
        this.calls = new JsonCalls(executor);
    }

    @Override
    public OcrResponse process(OcrRequest request, RequestOptions options) {
        return raw.process(request, options).value();
    }

    @Override
    public CompletableFuture<OcrResponse> processAsync(OcrRequest request, RequestOptions options) {
        return raw.processAsync(request, options).thenApply(ApiResponse::value);
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    private ApiCall call(OcrRequest request, RequestOptions options) {
        JsonCalls.requireRequest(request);
        return calls.post(OPERATION, request.model(), PATH, request, false, options);
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<OcrResponse> process(OcrRequest request, RequestOptions options) {
            return calls.execute(call(request, options), OcrResponse.class, null);
        }

        @Override
        public CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request, RequestOptions options) {
            return calls.executeAsync(() -> call(request, options), OcrResponse.class, null);
        }
    }
}
