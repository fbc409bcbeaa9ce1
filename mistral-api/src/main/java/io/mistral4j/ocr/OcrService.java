package io.mistral4j.ocr;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Document OCR ({@code POST /v1/ocr}): the text of a PDF or an image as markdown, page by page,
 * with extracted images, tables and optional structured annotations.
 *
 * <pre>{@code
 * OcrResponse read = client.ocr().process(OcrRequest.builder()
 *         .model("mistral-ocr-latest")
 *         .document(OcrDocument.url("https://arxiv.org/pdf/2201.04234"))
 *         .build());
 * System.out.println(read.markdown());
 * }</pre>
 */
public interface OcrService {

    OcrResponse process(OcrRequest request, RequestOptions options);

    default OcrResponse process(OcrRequest request) {
        return process(request, RequestOptions.none());
    }

    CompletableFuture<OcrResponse> processAsync(OcrRequest request, RequestOptions options);

    default CompletableFuture<OcrResponse> processAsync(OcrRequest request) {
        return processAsync(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** OCR operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        ApiResponse<OcrResponse> process(OcrRequest request, RequestOptions options);

        default ApiResponse<OcrResponse> process(OcrRequest request) {
            return process(request, RequestOptions.none());
        }

        CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request, RequestOptions options);

        default CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request) {
            return processAsync(request, RequestOptions.none());
        }
    }
}
