package io.mistral4j.tck.simulator.routes.ocr;

import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.ValidatedBody;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The options of a validated OCR request that shape its pages.
 *
 * @param bboxSchema     the JSON schema images are annotated with, or null
 * @param tableFormat    {@code markdown} or {@code html} to extract tables apart, or null to keep them inline
 * @param confidence     {@code word} or {@code page}, or null for no confidence scores
 */
public record OcrOptions(boolean includeImageBase64, Integer imageLimit, Integer imageMinSize, JsonElement bboxSchema,
                  String tableFormat, boolean extractHeader, boolean extractFooter, boolean includeBlocks,
                  String confidence) {

    static OcrOptions of(JsonObject request) {
        return new OcrOptions(
                ValidatedBody.flag(request, "include_image_base64"),
                ValidatedBody.integer(request, "image_limit"),
                ValidatedBody.integer(request, "image_min_size"),
                schemaOf(Json.object(request, "bbox_annotation_format")),
                Json.string(request, "table_format"),
                ValidatedBody.flag(request, "extract_header"),
                ValidatedBody.flag(request, "extract_footer"),
                ValidatedBody.flag(request, "include_blocks"),
                Json.string(request, "confidence_scores_granularity"));
    }

    /** The {@code json_schema.schema} of a response format, or null. */
    static JsonElement schemaOf(JsonObject format) {
        JsonObject jsonSchema = Json.object(format, "json_schema");
        return jsonSchema == null ? null : jsonSchema.get("schema");
    }
}
