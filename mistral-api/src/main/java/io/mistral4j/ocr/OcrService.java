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
    default OcrResponse process(OcrRequest request) {
        return withRawResponse().process(request).value();
    }

    /** Reads the document without blocking; the future fails with the same errors {@code process} throws. */
    default CompletableFuture<OcrResponse> processAsync(OcrRequest request) {
        return withRawResponse().processAsync(request).thenApply(ApiResponse::value);
    }

    /** The same operations returning the HTTP answer (status, headers, raw body) beside the value. */
    WithRawResponse withRawResponse();

    /** OCR operations that also return the raw HTTP answer. */
    interface WithRawResponse {

        /** Reads the document and returns the value with the HTTP answer. */
        ApiResponse<OcrResponse> process(OcrRequest request);

        /** Reads the document without blocking and completes with the value and the HTTP answer. */
        CompletableFuture<ApiResponse<OcrResponse>> processAsync(OcrRequest request);

        /**
         * This view with {@code options} applied to every call made through the returned view, on top
         * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
         */
        WithRawResponse withOptions(RequestOptions options);
    }

    /**
     * This view with {@code options} applied to every call made through the returned view, on top
     * of the options this view already has ({@link RequestOptions#mergedWith}); this view is unchanged.
     */
    OcrService withOptions(RequestOptions options);
}
