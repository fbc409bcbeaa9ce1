package io.mistral4j.impl.ocr;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.operation.Operation;
import io.mistral4j.impl.operation.Operations;
import io.mistral4j.ocr.OcrRequest;
import io.mistral4j.ocr.OcrResponse;
import io.mistral4j.ocr.OcrService;
import java.util.concurrent.CompletableFuture;

/** {@link OcrService} over {@code POST /v1/ocr}. OCR answers count pages, not tokens: no usage is reported. */
public final class DefaultOcrService implements OcrService {

    static final String PATH = "/v1/ocr";

    static final Operation<OcrRequest, OcrResponse> PROCESS = Operation
            .<OcrRequest, OcrResponse>post("ocr", PATH, OcrResponse.class)
            .safeToRepeat().jsonBody(OcrRequest::model).build();

    private final Operations operations;
    private final Raw raw = new Raw();

    public DefaultOcrService(CallExecutor executor) {
        this(new Operations(executor));
    }

    private DefaultOcrService(Operations operations) {
        this.operations = operations;
    }

    @Override
    public OcrService withOptions(RequestOptions options) {
        return new DefaultOcrService(operations.withOptions(options));
    }

    @Override
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /** The operations that return the HTTP answer beside the value. */
    private final class Raw implements WithRawResponse {
        @Override
        public ApiResponse<OcrResponse> process(OcrRequest request) {
            return operations.raw(PROCESS, request);
        }

        @Override
        public CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request) {
            return operations.rawAsync(PROCESS, request);
        }

        @Override
        public WithRawResponse withOptions(RequestOptions options) {
            return DefaultOcrService.this.withOptions(options).withRawResponse();
        }
    }
}
