package io.mistral4j.tck.simulator.routes.ocr;

import io.mistral4j.tck.simulator.routes.chat.ChatRequestShape;
import io.mistral4j.tck.simulator.wire.Shape;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.literal;
import static io.mistral4j.tck.simulator.wire.Shape.literalOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;
import static io.mistral4j.tck.simulator.wire.Shape.uuid;

import java.util.LinkedHashMap;
import java.util.Map;

/** OCRRequest, transcribed from the OpenAPI spec in its field order. */
public final class OcrRequestShape {

    /** In OCR requests a file id must be a UUID ({@code format: uuid}). */
    static final Shape FILE_CHUNK = model("FileChunk")
            .opt("type", literal("file")).req("file_id", uuid()).build();

    /** {@code anyOf} without a discriminator: pydantic tries each chunk type in turn. */
    static final Shape DOCUMENT = new Shape.AnyOf(branches(
            "FileChunk", FILE_CHUNK,
            "DocumentURLChunk", ChatRequestShape.DOCUMENT_URL_CHUNK,
            "ImageURLChunk", ChatRequestShape.IMAGE_URL_CHUNK));

    static final Shape REQUEST = model("OCRRequest")
            .req("model", nullable(str()))
            .opt("id", str())
            .req("document", DOCUMENT)
            .opt("pages", nullable(new Shape.KindUnion(branches("str", str(), "list[int]", listOf(integer(null))))))
            .opt("include_image_base64", nullable(bool()))
            .opt("image_limit", nullable(integer(null)))
            .opt("image_min_size", nullable(integer(null)))
            .opt("bbox_annotation_format", nullable(ChatRequestShape.RESPONSE_FORMAT))
            .opt("document_annotation_format", nullable(ChatRequestShape.RESPONSE_FORMAT))
            .opt("document_annotation_prompt", nullable(str()))
            .opt("table_format", nullable(literalOf("markdown", "html")))
            .opt("extract_header", bool())
            .opt("extract_footer", bool())
            .opt("include_blocks", bool())
            .opt("confidence_scores_granularity", nullable(literalOf("word", "page")))
            .build();

    private OcrRequestShape() {
    }

    private static Map<String, Shape> branches(Object... labelsAndShapes) {
        Map<String, Shape> branches = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndShapes.length; i += 2) {
            branches.put((String) labelsAndShapes[i], (Shape) labelsAndShapes[i + 1]);
        }
        return branches;
    }
}
