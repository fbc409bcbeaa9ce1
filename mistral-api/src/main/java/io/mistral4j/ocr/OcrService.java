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

    /**
     * Reads the document, blocking until the answer arrives; errors are thrown as
     * {@link io.mistral4j.errors.MistralException}s.
     */
    OcrResponse process(OcrRequest request, RequestOptions options);

    /** Reads the document with no per-call options. */
    default OcrResponse process(OcrRequest request) {
        return process(request, RequestOptions.none());
    }

    /** Reads the document without blocking; the future fails with the same errors {@code process} throws. */
    CompletableFuture<OcrResponse> processAsync(OcrRequest request, RequestOptions options);

    /** Reads the document without blocking, with no per-call options. */
    default CompletableFuture<OcrResponse> processAsync(OcrRequest request) {
        return processAsync(request, RequestOptions.none());
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** OCR operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Reads the document and returns the value with the HTTP answer. */
        ApiResponse<OcrResponse> process(OcrRequest request, RequestOptions options);

        /** Reads the document with no per-call options and returns the value with the HTTP answer. */
        default ApiResponse<OcrResponse> process(OcrRequest request) {
            return process(request, RequestOptions.none());
        }

        /** Reads the document without blocking and completes with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request, RequestOptions options);

        /** Reads without blocking, with no per-call options, and completes with the value and the HTTP answer. */
        default CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request) {
            return processAsync(request, RequestOptions.none());
        }
    }
}
