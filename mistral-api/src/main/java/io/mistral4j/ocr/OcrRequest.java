package io.mistral4j.ocr;

import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ResponseFormatType;
import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request to read a document ({@code POST /v1/ocr}). Build it with {@link #builder()}; a
 * null field is not sent, so the server's default applies.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model                       an OCR model, e.g. {@code mistral-ocr-latest}
 * @param id                          an id of your choosing for this request, or null
 * @param document                    the document to read
 * @param pages                       the pages to read, from 0; null reads all
 * @param includeImageBase64          whether extracted images come back as base64
 * @param imageLimit                  the most images to extract
 * @param imageMinSize                the smallest height and width of an image to extract, in pixels
 * @param bboxAnnotationFormat        a JSON schema to annotate each extracted image with
 * @param documentAnnotationFormat    a JSON schema to annotate the whole document with
 * @param documentAnnotationPrompt    guidance for the document annotation
 * @param tableFormat                 extract tables apart from the markdown, in this format
 * @param extractHeader               whether page headers are returned apart from the markdown
 * @param extractFooter               whether page footers are returned apart from the markdown
 * @param includeBlocks               whether paragraph-level blocks with bounding boxes are returned
 * @param confidenceScoresGranularity whether and how finely confidence scores are returned
 */
public record OcrRequest(
        String model,
        String id,
        OcrDocument document,
        List<Integer> pages,
        Boolean includeImageBase64,
        Integer imageLimit,
        Integer imageMinSize,
        ResponseFormat bboxAnnotationFormat,
        ResponseFormat documentAnnotationFormat,
        String documentAnnotationPrompt,
        TableFormat tableFormat,
        Boolean extractHeader,
        Boolean extractFooter,
        Boolean includeBlocks,
        ConfidenceScoresGranularity confidenceScoresGranularity) {

    /** Copies {@code pages}; prefer {@link #builder()}, which also validates. */
    public OcrRequest {
        pages = pages == null ? null : List.copyOf(pages);
    }

    /** Starts an empty request; {@code model} and {@code document} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates an {@link OcrRequest}. */
    public static final class Builder {
        private String model;
        private String id;
        private OcrDocument document;
        private List<Integer> pages;
        private String pageRanges;
        private Boolean includeImageBase64;
        private Integer imageLimit;
        private Integer imageMinSize;
        private ResponseFormat bboxAnnotationFormat;
        private ResponseFormat documentAnnotationFormat;
        private String documentAnnotationPrompt;
        private TableFormat tableFormat;
        private Boolean extractHeader;
        private Boolean extractFooter;
        private Boolean includeBlocks;
        private ConfidenceScoresGranularity confidenceScoresGranularity;

        private Builder() {
        }

        /** An OCR model, e.g. {@code mistral-ocr-latest}. Required. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** An id of your choosing for this request; null sends none. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The document; see {@link OcrDocument#url}, {@link OcrDocument#image}, {@link OcrDocument#fileId}. Required. */
        public Builder document(OcrDocument document) {
            this.document = document;
            return this;
        }

        /** The pages to read, numbered from 0. */
        public Builder pages(int... pages) {
            List<Integer> list = new ArrayList<>(pages.length);
            for (int page : pages) {
                list.add(page);
            }
            return pages(list);
        }

        /** The pages to read, numbered from 0. */
        public Builder pages(List<Integer> pages) {
            this.pages = pages == null ? null : new ArrayList<>(pages);
            this.pageRanges = null;
            return this;
        }

        /** The pages to read as numbers and ranges, e.g. {@code "0,2-4"}; expanded when built. */
        public Builder pages(String ranges) {
            this.pageRanges = ranges;
            this.pages = null;
            return this;
        }

        /**
         * Whether extracted images come back as base64 ({@code include_image_base64}); otherwise
         * only their positions are returned.
         */
        public Builder includeImageBase64(boolean includeImageBase64) {
            this.includeImageBase64 = includeImageBase64;
            return this;
        }

        /** The most images to extract ({@code image_limit}); 0 or more. */
        public Builder imageLimit(int imageLimit) {
            this.imageLimit = imageLimit;
            return this;
        }

        /** The smallest height and width, in pixels, of an image to extract ({@code image_min_size}); 0 or more. */
        public Builder imageMinSize(int imageMinSize) {
            this.imageMinSize = imageMinSize;
            return this;
        }

        /** A {@code json_schema} format each extracted image is annotated with. */
        public Builder bboxAnnotationFormat(ResponseFormat format) {
            this.bboxAnnotationFormat = format;
            return this;
        }

        /** A {@code json_schema} format the whole document is annotated with. */
        public Builder documentAnnotationFormat(ResponseFormat format) {
            this.documentAnnotationFormat = format;
            return this;
        }

        /** Guidance for the document annotation; needs a {@link #documentAnnotationFormat}. */
        public Builder documentAnnotationPrompt(String prompt) {
            this.documentAnnotationPrompt = prompt;
            return this;
        }

        /** Returns tables apart from the page markdown, in this format; null leaves them inline in the markdown. */
        public Builder tableFormat(TableFormat tableFormat) {
            this.tableFormat = tableFormat;
            return this;
        }

        /** Whether page headers are returned apart from the markdown ({@code extract_header}). */
        public Builder extractHeader(boolean extractHeader) {
            this.extractHeader = extractHeader;
            return this;
        }

        /** Whether page footers are returned apart from the markdown ({@code extract_footer}). */
        public Builder extractFooter(boolean extractFooter) {
            this.extractFooter = extractFooter;
            return this;
        }

        /**
         * Whether paragraph-level blocks with bounding boxes are returned in reading order
         * ({@code include_blocks}).
         */
        public Builder includeBlocks(boolean includeBlocks) {
            this.includeBlocks = includeBlocks;
            return this;
        }

        /** How finely confidence scores are returned; null (the default) returns none, keeping the answer small. */
        public Builder confidenceScoresGranularity(ConfidenceScoresGranularity granularity) {
            this.confidenceScoresGranularity = granularity;
            return this;
        }

        /** Validates and builds; a {@link ValidationException} names the first wrong field. */
        public OcrRequest build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model", "is required");
            }
            if (document == null) {
                throw new ValidationException("document", "is required");
            }
            List<Integer> selected = pageRanges != null ? PageRanges.parse(pageRanges) : pages;
            if (selected != null) {
                if (selected.isEmpty()) {
                    throw new ValidationException("pages", "must name at least one page when set");
                }
                for (int i = 0; i < selected.size(); i++) {
                    Integer page = selected.get(i);
                    if (page == null || page < 0) {
                        throw new ValidationException("pages[" + i + "]", "must be a page number from 0, was " + page);
                    }
                }
            }
            if (imageLimit != null && imageLimit < 0) {
                throw new ValidationException("imageLimit", "must be 0 or more, was " + imageLimit);
            }
            if (imageMinSize != null && imageMinSize < 0) {
                throw new ValidationException("imageMinSize", "must be 0 or more, was " + imageMinSize);
            }
            requireJsonSchema("bboxAnnotationFormat", bboxAnnotationFormat);
            requireJsonSchema("documentAnnotationFormat", documentAnnotationFormat);
            if (documentAnnotationPrompt != null && documentAnnotationFormat == null) {
                throw new ValidationException("documentAnnotationPrompt", "needs a documentAnnotationFormat");
            }
            return new OcrRequest(model, id, document, selected, includeImageBase64, imageLimit, imageMinSize,
                    bboxAnnotationFormat, documentAnnotationFormat, documentAnnotationPrompt, tableFormat,
                    extractHeader, extractFooter, includeBlocks, confidenceScoresGranularity);
        }

        private static void requireJsonSchema(String field, ResponseFormat format) {
            if (format != null && (!ResponseFormatType.JSON_SCHEMA.equals(format.type()) || format.jsonSchema() == null)) {
                throw new ValidationException(field, "must be a json_schema format with a schema, was " + format.type());
            }
        }
    }
}
