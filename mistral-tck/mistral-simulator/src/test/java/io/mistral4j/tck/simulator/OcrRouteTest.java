package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

class OcrRouteTest {

    private static final String PATH = "/v1/ocr";
    private static final String PAPER = "{\"type\":\"document_url\",\"document_url\":\"https://arxiv.org/pdf/2201.04234\"}";

    /**
     * OCRResponse and the objects it holds, as the spec constrains them (required fields, no
     * unknown fields, integer bounds), for checking every answer of this test.
     */
    private static final JsonElement RESPONSE_SCHEMA = JsonParser.parseString("""
            {"type":"object","required":["pages","model","usage_info"],"additionalProperties":false,
             "properties":{
               "pages":{"type":"array","items":{"$ref":"#/$defs/page"}},
               "model":{"type":"string"},
               "document_annotation":{"type":["string","null"]},
               "usage_info":{"type":"object","required":["pages_processed"],"additionalProperties":false,
                 "properties":{"pages_processed":{"type":"integer","minimum":0},
                               "doc_size_bytes":{"type":["integer","null"]}}}},
             "$defs":{
               "page":{"type":"object","required":["index","markdown","images","dimensions"],
                 "additionalProperties":false,
                 "properties":{
                   "index":{"type":"integer","minimum":0},"markdown":{"type":"string"},
                   "images":{"type":"array","items":{"$ref":"#/$defs/image"}},
                   "tables":{"type":"array","items":{"type":"object","required":["id","content","format"],
                     "additionalProperties":false,"properties":{"id":{"type":"string"},"content":{"type":"string"},
                     "format":{"enum":["markdown","html"]},"word_confidence_scores":{}}}},
                   "hyperlinks":{"type":"array","items":{"type":"string"}},
                   "header":{"type":["string","null"]},"footer":{"type":["string","null"]},
                   "dimensions":{"anyOf":[{"type":"null"},{"type":"object","required":["dpi","height","width"],
                     "additionalProperties":false,"properties":{"dpi":{"type":"integer","minimum":0},
                     "height":{"type":"integer","minimum":0},"width":{"type":"integer","minimum":0}}}]},
                   "confidence_scores":{"anyOf":[{"type":"null"},{"type":"object",
                     "required":["average_page_confidence_score","minimum_page_confidence_score"],
                     "additionalProperties":false,"properties":{
                       "word_confidence_scores":{"type":"array","items":{"type":"object",
                         "required":["text","confidence","start_index"],"additionalProperties":false,
                         "properties":{"text":{"type":"string"},"confidence":{"type":"number","minimum":0,"maximum":1},
                           "start_index":{"type":"integer","minimum":0}}}},
                       "average_page_confidence_score":{"type":"number","minimum":0,"maximum":1},
                       "minimum_page_confidence_score":{"type":"number","minimum":0,"maximum":1}}}]},
                   "blocks":{"anyOf":[{"type":"null"},{"type":"array","items":{"type":"object",
                     "required":["top_left_x","top_left_y","bottom_right_x","bottom_right_y","content"],
                     "properties":{"type":{"enum":["text","list","image","table","title","equation","caption","code",
                       "references","aside_text","header","footer","signature"]}}}}]}}},
               "image":{"type":"object","required":["id","top_left_x","top_left_y","bottom_right_x","bottom_right_y"],
                 "additionalProperties":false,
                 "properties":{"id":{"type":"string"},
                   "top_left_x":{"type":["integer","null"],"minimum":0},"top_left_y":{"type":["integer","null"],"minimum":0},
                   "bottom_right_x":{"type":["integer","null"],"minimum":0},
                   "bottom_right_y":{"type":["integer","null"],"minimum":0},
                   "image_base64":{"type":["string","null"]},"image_annotation":{"type":["string","null"]}}}}}
            """);

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static JsonObject ocr(String document, String extraFields) {
        return parse("{\"model\":\"mistral-ocr-latest\",\"document\":" + document + extraFields + "}");
    }

    private static JsonObject read(JsonObject request) {
        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), PATH, request);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(JsonSchemaCheck.problems(RESPONSE_SCHEMA, body)).as(r.body()).isEmpty();
        return body;
    }

    @Test
    void aPdfByUrlIsReadDeterministically() {
        JsonObject first = read(ocr(PAPER, ""));
        JsonObject again = read(ocr(PAPER, ""));

        assertThat(again).isEqualTo(first);
        JsonArray pages = first.getAsJsonArray("pages");
        assertThat(pages.size()).isBetween(2, 5);
        for (int i = 0; i < pages.size(); i++) {
            JsonObject page = pages.get(i).getAsJsonObject();
            assertThat(page.get("index").getAsInt()).isEqualTo(i);
            assertThat(page.get("markdown").getAsString()).contains("2201.04234");
            assertThat(page.getAsJsonObject("dimensions").get("dpi").getAsInt()).isEqualTo(200);
        }
        assertThat(first.getAsJsonObject("usage_info").get("pages_processed").getAsInt()).isEqualTo(pages.size());
        assertThat(first.get("model").getAsString()).isEqualTo("mistral-ocr-latest");
        assertThat(first.get("document_annotation").isJsonNull()).isTrue();
    }

    @Test
    void differentDocumentsReadDifferently() {
        JsonObject other = read(ocr("{\"type\":\"document_url\",\"document_url\":\"https://example.com/report.pdf\","
                + "\"document_name\":\"Annual report\"}", ""));

        assertThat(other.getAsJsonArray("pages").get(0).getAsJsonObject().get("markdown").getAsString())
                .startsWith("# Annual report");
    }

    @Test
    void imagesCarryBase64OnlyWhenAskedAndRespectLimits() {
        JsonObject plain = firstImage(read(ocr(PAPER, "")));
        JsonObject inline = firstImage(read(ocr(PAPER, ",\"include_image_base64\":true")));
        JsonObject none = read(ocr(PAPER, ",\"image_limit\":0"));
        JsonObject tooSmall = read(ocr(PAPER, ",\"image_min_size\":5000"));

        assertThat(plain.get("image_base64").isJsonNull()).isTrue();
        String dataUri = inline.get("image_base64").getAsString();
        assertThat(dataUri).startsWith("data:image/jpeg;base64,");
        byte[] jpeg = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        assertThat(jpeg).startsWith((byte) 0xff, (byte) 0xd8).endsWith((byte) 0xff, (byte) 0xd9);
        assertThat(inline.get("id")).isEqualTo(plain.get("id"));
        assertThat(allImages(none)).isEmpty();
        assertThat(allImages(tooSmall)).isEmpty();
    }

    @Test
    void pagesAreSelectedByListOrRanges() {
        JsonObject byList = read(ocr(PAPER, ",\"pages\":[1]"));
        JsonObject byRange = read(ocr(PAPER, ",\"pages\":\"0-1\""));
        TestHttp.Response outOfRange = TestHttp.post(SIMULATOR.simulator(), PATH, ocr(PAPER, ",\"pages\":[99]"));

        assertThat(indexes(byList)).containsExactly(1);
        assertThat(indexes(byRange)).containsExactly(0, 1);
        assertThat(byRange.getAsJsonObject("usage_info").get("pages_processed").getAsInt()).isEqualTo(2);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("message").getAsString()).contains("99");
    }

    @Test
    void inlineDocumentsAreDecoded() {
        String pdf = "%PDF-1.4\n<< /Type /Pages >>\n<< /Type /Page >>\n<< /Type/Page >>\n<< /Type /Page >>\n%%EOF";
        String base64 = Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.US_ASCII));

        JsonObject read = read(ocr("{\"type\":\"document_url\",\"document_url\":\"data:application/pdf;base64,"
                + base64 + "\"}", ""));
        JsonObject image = read(ocr("{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AAAA\"}}",
                ""));
        TestHttp.Response broken = TestHttp.post(SIMULATOR.simulator(), PATH, ocr("{\"type\":\"document_url\","
                + "\"document_url\":\"data:application/pdf;base64,@@@\"}", ""));

        assertThat(read.getAsJsonArray("pages")).hasSize(3);
        assertThat(read.getAsJsonObject("usage_info").get("doc_size_bytes").getAsInt()).isEqualTo(pdf.length());
        assertThat(image.getAsJsonArray("pages")).hasSize(1);
        assertThat(image.getAsJsonArray("pages").get(0).getAsJsonObject().getAsJsonObject("dimensions").get("dpi")
                .getAsInt()).isEqualTo(72);
        assertThat(broken.status()).isEqualTo(400);
    }

    @Test
    void fileIdsAndBareImageUrlsAreAccepted() {
        JsonObject file = read(ocr("{\"type\":\"file\",\"file_id\":\"3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70\"}", ""));
        JsonObject image = read(ocr("{\"image_url\":\"https://example.com/scan.jpg\"}", ""));

        assertThat(file.getAsJsonArray("pages").get(0).getAsJsonObject().get("markdown").getAsString())
                .contains("3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70");
        assertThat(image.getAsJsonArray("pages").get(0).getAsJsonObject().get("markdown").getAsString())
                .contains("scan.jpg");
    }

    @Test
    void optionsAddAnnotationsTablesHeadersBlocksAndConfidence() {
        String schema = "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"doc\",\"schema\":{\"type\":\"object\","
                + "\"properties\":{\"title\":{\"type\":\"string\"}},\"required\":[\"title\"]}}}";
        JsonObject read = read(ocr(PAPER, ",\"document_annotation_format\":" + schema + ",\"bbox_annotation_format\":"
                + schema + ",\"table_format\":\"markdown\",\"extract_header\":true,\"extract_footer\":true,"
                + "\"include_blocks\":true,\"confidence_scores_granularity\":\"word\""));

        assertThat(JsonParser.parseString(read.get("document_annotation").getAsString()).getAsJsonObject().has("title"))
                .isTrue();
        JsonObject page = read.getAsJsonArray("pages").get(0).getAsJsonObject();
        assertThat(JsonParser.parseString(firstImage(read).get("image_annotation").getAsString()).getAsJsonObject()
                .has("title")).isTrue();
        JsonObject table = page.getAsJsonArray("tables").get(0).getAsJsonObject();
        assertThat(table.get("format").getAsString()).isEqualTo("markdown");
        assertThat(page.get("markdown").getAsString()).contains("[" + table.get("id").getAsString() + "]");
        assertThat(page.get("header").getAsString()).isNotBlank();
        assertThat(page.get("footer").getAsString()).isEqualTo("Page 1");
        assertThat(page.getAsJsonArray("blocks").asList()).extracting(b -> b.getAsJsonObject().get("type")
                .getAsString()).containsExactly("title", "text", "image");
        JsonArray words = page.getAsJsonObject("confidence_scores").getAsJsonArray("word_confidence_scores");
        String markdown = page.get("markdown").getAsString();
        JsonObject word = words.get(1).getAsJsonObject();
        assertThat(markdown.substring(word.get("start_index").getAsInt())).startsWith(word.get("text").getAsString());
    }

    @Test
    void validationErrorsLikeTheApi() {
        TestHttp.Response missing = TestHttp.post(SIMULATOR.simulator(), PATH, parse("{\"model\":\"mistral-ocr-latest\"}"));
        TestHttp.Response wrongTypes = TestHttp.post(SIMULATOR.simulator(), PATH, ocr(PAPER,
                ",\"pages\":true,\"table_format\":\"latex\",\"include_image_base64\":\"yes\",\"dpi\":300"));
        TestHttp.Response badDocument = TestHttp.post(SIMULATOR.simulator(), PATH, ocr("{\"type\":\"file\",\"file_id\":\"f-1\"}", ""));

        assertThat(locs(missing)).containsExactly("missing [\"body\",\"document\"]");
        assertThat(locs(wrongTypes)).containsExactly(
                "string_type [\"body\",\"pages\",\"str\"]",
                "list_type [\"body\",\"pages\",\"list[int]\"]",
                "bool_type [\"body\",\"include_image_base64\"]",
                "literal_error [\"body\",\"table_format\"]",
                "extra_forbidden [\"body\",\"dpi\"]");
        assertThat(locs(badDocument)).first().isEqualTo("uuid_parsing [\"body\",\"document\",\"FileChunk\",\"file_id\"]");
        assertThat(locs(badDocument)).anyMatch(loc -> loc.contains("DocumentURLChunk"))
                .anyMatch(loc -> loc.contains("ImageURLChunk"));
    }

    @Test
    void semanticErrorsAre400() {
        assertThat(TestHttp.post(SIMULATOR.simulator(), PATH, parse("{\"model\":\"mistral-small-latest\",\"document\":" + PAPER + "}"))
                .status()).isEqualTo(400);
        assertThat(TestHttp.post(SIMULATOR.simulator(), PATH, ocr(PAPER, ",\"document_annotation_format\":{\"type\":\"json_object\"}"))
                .status()).isEqualTo(400);
        assertThat(TestHttp.post(SIMULATOR.simulator(), PATH, ocr(PAPER, ",\"document_annotation_prompt\":\"titles\"")).status())
                .isEqualTo(400);
    }

    private static JsonObject firstImage(JsonObject response) {
        return allImages(response).get(0).getAsJsonObject();
    }

    private static List<JsonElement> allImages(JsonObject response) {
        return response.getAsJsonArray("pages").asList().stream()
                .flatMap(page -> page.getAsJsonObject().getAsJsonArray("images").asList().stream()).toList();
    }

    private static List<Integer> indexes(JsonObject response) {
        return response.getAsJsonArray("pages").asList().stream()
                .map(page -> page.getAsJsonObject().get("index").getAsInt()).toList();
    }

    private static List<String> locs(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        return r.json().getAsJsonArray("detail").asList().stream().map(e -> e.getAsJsonObject().get("type")
                .getAsString() + " " + e.getAsJsonObject().get("loc")).toList();
    }
}
