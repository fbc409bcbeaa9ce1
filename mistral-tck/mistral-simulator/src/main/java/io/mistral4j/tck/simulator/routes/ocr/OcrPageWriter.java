package io.mistral4j.tck.simulator.routes.ocr;

import io.mistral4j.tck.simulator.routes.chat.SampleHints;
import io.mistral4j.tck.simulator.routes.chat.SchemaSampler;
import io.mistral4j.tck.simulator.wire.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the OCRPageObjects of a document, deterministically: every page has a heading and a
 * sentence naming the page and the document; even pages of a PDF carry one image whose size
 * derives from the document and page; the first page has a table (inline markdown, or apart
 * in the asked format). Stateful across the pages of one answer, for image numbering and
 * {@code image_limit}.
 */
public final class OcrPageWriter {

    /** A complete 1x1 JPEG (SOI ... EOI), returned as the content of every extracted image. */
    private static final String TINY_JPEG = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(
            HexFormat.of().parseHex("ffd8ffe000104a46494600010101004800480000ffdb004300030202020203020202030303030406"
                    + "040404040408060605060908" + "0a0a090809090a0c0f0c0a0b0e0b09090d110d0e0f101011100a0c12131210130f"
                    + "101010ffc9000b080001000101011100ffcc000600101005ffda0008010100003f00d2cf20ffd9"));
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final int PDF_DPI = 200;
    private static final int PDF_WIDTH = 1700;
    private static final int PDF_HEIGHT = 2200;
    private static final int IMAGE_DPI = 72;

    private final OcrSource source;
    private final OcrOptions options;
    private int imagesWritten;

    OcrPageWriter(OcrSource source, OcrOptions options) {
        this.source = source;
        this.options = options;
    }

    JsonObject page(int index) {
        int width = source.image() ? 640 + Math.floorMod(source.name().hashCode(), 800) : PDF_WIDTH;
        int height = source.image() ? 480 + Math.floorMod(source.name().hashCode() >> 8, 600) : PDF_HEIGHT;
        StringBuilder markdown = new StringBuilder();
        String heading = index == 0 ? "# " + source.name() : "## Section " + (index + 1);
        markdown.append(heading).append("\n\n");
        String sentence = source.image()
                ? "Text read from the image " + source.name() + " by the Mistral API simulator."
                : "Page " + (index + 1) + " of " + source.pageCount() + " of " + source.name()
                        + ", read by the Mistral API simulator.";
        markdown.append(sentence).append("\n\n");

        JsonArray images = new JsonArray();
        JsonObject image = source.image() || index % 2 != 0 ? null : image(index);
        if (image != null) {
            images.add(image);
            String id = Json.string(image, "id");
            markdown.append("![").append(id).append("](").append(id).append(")\n\n");
        }
        JsonArray tables = new JsonArray();
        if (index == 0) {
            appendTable(markdown, tables);
        }

        JsonObject page = new JsonObject();
        page.addProperty("index", index);
        page.addProperty("markdown", markdown.toString());
        page.add("images", images);
        page.add("tables", tables);
        page.add("hyperlinks", new JsonArray());
        page.add("header", options.extractHeader() ? new JsonPrimitive(source.name()) : JsonNull.INSTANCE);
        page.add("footer", options.extractFooter() ? new JsonPrimitive("Page " + (index + 1))
                : JsonNull.INSTANCE);
        JsonObject dimensions = new JsonObject();
        dimensions.addProperty("dpi", source.image() ? IMAGE_DPI : PDF_DPI);
        dimensions.addProperty("height", height);
        dimensions.addProperty("width", width);
        page.add("dimensions", dimensions);
        page.add("confidence_scores", options.confidence() == null ? JsonNull.INSTANCE
                : confidence(markdown.toString(), index));
        page.add("blocks", options.includeBlocks() ? blocks(heading, sentence, image, width) : JsonNull.INSTANCE);
        return page;
    }

    /** The image of a PDF page, unless {@code image_limit} is reached or it is under {@code image_min_size}. */
    private JsonObject image(int pageIndex) {
        if (options.imageLimit() != null && imagesWritten >= options.imageLimit()) {
            return null;
        }
        int hash = Math.floorMod((source.name() + '#' + pageIndex).hashCode(), 1 << 20);
        int width = 120 + hash % 900;
        int height = 90 + (hash >> 10) % 700;
        Integer minSize = options.imageMinSize();
        if (minSize != null && (width < minSize || height < minSize)) {
            return null;
        }
        JsonObject image = new JsonObject();
        image.addProperty("id", "img-" + imagesWritten++ + ".jpeg");
        image.addProperty("top_left_x", 200);
        image.addProperty("top_left_y", 400);
        image.addProperty("bottom_right_x", 200 + width);
        image.addProperty("bottom_right_y", 400 + height);
        image.add("image_base64", options.includeImageBase64() ? new JsonPrimitive(TINY_JPEG)
                : JsonNull.INSTANCE);
        image.add("image_annotation", options.bboxSchema() == null ? JsonNull.INSTANCE
                : annotation(options.bboxSchema(), "Image " + image.get("id").getAsString() + " of " + source.name()));
        return image;
    }

    private void appendTable(StringBuilder markdown, JsonArray tables) {
        String format = options.tableFormat();
        String pages = String.valueOf(source.pageCount());
        if (format == null) {
            markdown.append("| Document | Pages |\n| --- | --- |\n| ").append(source.name()).append(" | ")
                    .append(pages).append(" |\n\n");
            return;
        }
        String id = "tbl-0." + ("html".equals(format) ? "html" : "md");
        String content = "html".equals(format)
                ? "<table><tr><th>Document</th><th>Pages</th></tr><tr><td>" + source.name() + "</td><td>" + pages
                        + "</td></tr></table>"
                : "| Document | Pages |\n| --- | --- |\n| " + source.name() + " | " + pages + " |";
        JsonObject table = new JsonObject();
        table.addProperty("id", id);
        table.addProperty("content", content);
        table.addProperty("format", format);
        tables.add(table);
        markdown.append("[").append(id).append("](").append(id).append(")\n\n");
    }

    private JsonObject confidence(String markdown, int index) {
        JsonArray words = new JsonArray();
        double sum = 0;
        double min = 1;
        int count = 0;
        Matcher m = WORD.matcher(markdown);
        while (m.find()) {
            double confidence = 0.85 + Math.floorMod((m.group() + index).hashCode(), 1_490) / 10_000.0;
            sum += confidence;
            min = Math.min(min, confidence);
            count++;
            if ("word".equals(options.confidence())) {
                JsonObject word = new JsonObject();
                word.addProperty("text", m.group());
                word.addProperty("confidence", confidence);
                word.addProperty("start_index", m.start());
                words.add(word);
            }
        }
        JsonObject scores = new JsonObject();
        if ("word".equals(options.confidence())) {
            scores.add("word_confidence_scores", words);
        }
        scores.addProperty("average_page_confidence_score", count == 0 ? 1 : sum / count);
        scores.addProperty("minimum_page_confidence_score", count == 0 ? 1 : min);
        return scores;
    }

    private static JsonArray blocks(String heading, String sentence, JsonObject image, int width) {
        JsonArray blocks = new JsonArray();
        blocks.add(block("title", heading, 100, 100, width - 100, 180));
        blocks.add(block("text", sentence, 100, 200, width - 100, 360));
        if (image != null) {
            JsonObject block = block("image", "", image.get("top_left_x").getAsInt(),
                    image.get("top_left_y").getAsInt(), image.get("bottom_right_x").getAsInt(),
                    image.get("bottom_right_y").getAsInt());
            block.add("image_id", image.get("id"));
            blocks.add(block);
        }
        return blocks;
    }

    private static JsonObject block(String type, String content, int left, int top, int right, int bottom) {
        JsonObject block = new JsonObject();
        block.addProperty("top_left_x", left);
        block.addProperty("top_left_y", top);
        block.addProperty("bottom_right_x", right);
        block.addProperty("bottom_right_y", bottom);
        block.addProperty("content", content);
        block.addProperty("type", type);
        return block;
    }

    /** A JSON value following {@code schema}, as the JSON string annotations are sent as. */
    static JsonElement annotation(JsonElement schema, String text) {
        return new JsonPrimitive(Json.write(SchemaSampler.sample(schema, new SampleHints(text))));
    }
}
