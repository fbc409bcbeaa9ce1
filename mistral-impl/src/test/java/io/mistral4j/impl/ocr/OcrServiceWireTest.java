package io.mistral4j.impl.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.ocr.ConfidenceScoresGranularity;
import io.mistral4j.ocr.OcrBlock;
import io.mistral4j.ocr.OcrBlockType;
import io.mistral4j.ocr.OcrDocument;
import io.mistral4j.ocr.OcrImage;
import io.mistral4j.ocr.OcrPage;
import io.mistral4j.ocr.OcrRequest;
import io.mistral4j.ocr.OcrResponse;
import io.mistral4j.ocr.TableFormat;
import io.mistral4j.spi.TransportRequest;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the OCR service puts on the wire for each kind of document and how it reads a full answer. */
class OcrServiceWireTest {

    /** An OCRResponse with every field of the spec, an unknown block type and unknown fields. */
    private static final String FULL = """
            {"pages":[{"index":0,"markdown":"# Title\\n\\n![img-0.jpeg](img-0.jpeg)",
              "images":[{"id":"img-0.jpeg","top_left_x":292,"top_left_y":217,"bottom_right_x":1405,
                "bottom_right_y":649,"image_base64":"data:image/jpeg;base64,/9j/","image_annotation":"{\\"kind\\":\\"chart\\"}"}],
              "tables":[{"id":"tbl-0.html","content":"<table></table>","format":"html",
                "word_confidence_scores":[{"text":"x","confidence":0.5,"start_index":0}]}],
              "hyperlinks":["https://example.com"],"header":"Header","footer":"Page 1",
              "dimensions":{"dpi":200,"height":2200,"width":1700},
              "confidence_scores":{"word_confidence_scores":[{"text":"Title","confidence":0.99,"start_index":2}],
                "average_page_confidence_score":0.97,"minimum_page_confidence_score":0.9},
              "blocks":[{"top_left_x":1,"top_left_y":2,"bottom_right_x":3,"bottom_right_y":4,"content":"Title","type":"title"},
                {"top_left_x":1,"top_left_y":2,"bottom_right_x":3,"bottom_right_y":4,"content":"","type":"image","image_id":"img-0.jpeg"},
                {"top_left_x":1,"top_left_y":2,"bottom_right_x":3,"bottom_right_y":4,"content":"E=mc2","type":"hologram","depth":3}],
              "page_rotation":90},
             {"index":3,"markdown":"Last page","images":[],"dimensions":null}],
             "model":"mistral-ocr-2505-completion","document_annotation":"{\\"title\\":\\"Paper\\"}",
             "usage_info":{"pages_processed":2,"doc_size_bytes":null,"new_usage":1},"future":[]}
            """;

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-ocr-wire-777")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void postsEveryOptionUnderItsWireName() {
        transport.answer(200, FULL);

        client.ocr().process(OcrRequest.builder()
                .model("mistral-ocr-latest")
                .id("req-1")
                .document(OcrDocument.url("https://arxiv.org/pdf/2201.04234", "paper.pdf"))
                .pages("0,2-3")
                .includeImageBase64(true)
                .imageLimit(5)
                .imageMinSize(50)
                .bboxAnnotationFormat(ResponseFormat.jsonSchema("image", Map.of("type", "object")))
                .documentAnnotationFormat(ResponseFormat.jsonSchema("doc", Map.of("type", "object")))
                .documentAnnotationPrompt("Find the title")
                .tableFormat(TableFormat.HTML)
                .extractHeader(true)
                .extractFooter(false)
                .includeBlocks(true)
                .confidenceScoresGranularity(ConfidenceScoresGranularity.WORD)
                .build());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/ocr");
        assertThat(sent.headers().first("Content-Type")).contains("application/json");
        assertThat(sent.headers().first("Authorization")).contains("Bearer sk-ocr-wire-777");
        assertThat(JsonParser.parseString(transport.body(0))).isEqualTo(JsonParser.parseString("""
                {"model":"mistral-ocr-latest","id":"req-1",
                 "document":{"type":"document_url","document_url":"https://arxiv.org/pdf/2201.04234",
                   "document_name":"paper.pdf"},
                 "pages":[0,2,3],"include_image_base64":true,"image_limit":5,"image_min_size":50,
                 "bbox_annotation_format":{"type":"json_schema","json_schema":{"name":"image",
                   "schema":{"type":"object"},"strict":true}},
                 "document_annotation_format":{"type":"json_schema","json_schema":{"name":"doc",
                   "schema":{"type":"object"},"strict":true}},
                 "document_annotation_prompt":"Find the title","table_format":"html","extract_header":true,
                 "extract_footer":false,"include_blocks":true,"confidence_scores_granularity":"word"}
                """));
        assertThat(observer.events()).containsExactly("start ocr mistral-ocr-latest", "end ocr");
    }

    @Test
    void eachKindOfDocumentIsItsChunk() {
        for (int i = 0; i < 3; i++) {
            transport.answer(200, FULL);
        }

        client.ocr().process(request(OcrDocument.image("https://example.com/receipt.png")));
        client.ocr().process(request(OcrDocument.fileId("3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70")));
        client.ocr().process(request(OcrDocument.base64Pdf(new byte[] {'%', 'P', 'D', 'F'})));

        assertThat(JsonParser.parseString(transport.body(0)).getAsJsonObject().get("document")).isEqualTo(
                JsonParser.parseString("{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/receipt.png\"}}"));
        assertThat(JsonParser.parseString(transport.body(1)).getAsJsonObject().get("document")).isEqualTo(
                JsonParser.parseString("{\"type\":\"file\",\"file_id\":\"3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70\"}"));
        assertThat(JsonParser.parseString(transport.body(2)).getAsJsonObject().get("document")).isEqualTo(
                JsonParser.parseString("{\"type\":\"document_url\",\"document_url\":\"data:application/pdf;base64,JVBERg==\"}"));
        assertThat(JsonParser.parseString(transport.body(2)).getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("model", "document");
    }

    @Test
    void readsEveryFieldOfASpecShapedAnswer() {
        transport.answer(200, FULL);

        OcrResponse response = client.ocr().process(request(OcrDocument.url("https://example.com/a.pdf")));

        assertThat(response.model()).isEqualTo("mistral-ocr-2505-completion");
        assertThat(response.usageInfo().pagesProcessed()).isEqualTo(2);
        assertThat(response.usageInfo().docSizeBytes()).isNull();
        assertThat(response.documentAnnotation()).isEqualTo("{\"title\":\"Paper\"}");
        assertThat(response.markdown()).isEqualTo("# Title\n\n![img-0.jpeg](img-0.jpeg)\n\nLast page");
        OcrPage first = response.pages().get(0);
        assertThat(first.dimensions().dpi()).isEqualTo(200);
        assertThat(first.dimensions().width()).isEqualTo(1700);
        assertThat(first.header()).isEqualTo("Header");
        assertThat(first.hyperlinks()).containsExactly("https://example.com");
        OcrImage image = first.images().get(0);
        assertThat(image.bottomRightX()).isEqualTo(1405);
        assertThat(image.decodeImage()).startsWith((byte) 0xff, (byte) 0xd8);
        assertThat(image.imageAnnotation()).isEqualTo("{\"kind\":\"chart\"}");
        assertThat(first.tables().get(0).format()).isEqualTo(TableFormat.HTML);
        assertThat(first.tables().get(0).wordConfidenceScores().get(0).confidence()).isEqualTo(0.5);
        assertThat(first.confidenceScores().averagePageConfidenceScore()).isEqualTo(0.97);
        assertThat(first.confidenceScores().wordConfidenceScores().get(0).startIndex()).isEqualTo(2);
        assertThat(first.blocks()).extracting(OcrBlock::type)
                .containsExactly(OcrBlockType.TITLE, OcrBlockType.IMAGE, OcrBlockType.of("hologram"));
        assertThat(first.blocks().get(1).imageId()).isEqualTo("img-0.jpeg");
        assertThat(first.blocks().get(2).type().isKnown()).isFalse();
        OcrPage last = response.pages().get(1);
        assertThat(last.index()).isEqualTo(3);
        assertThat(last.dimensions()).isNull();
        assertThat(last.tables()).isEmpty();
        assertThat(last.blocks()).isEmpty();
    }

    @Test
    void rawAndAsyncForms() {
        transport.answer(200, FULL, "mistral-correlation-id", "req-ocr");
        transport.answer(200, FULL);
        transport.answer(422, "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"document\"],"
                + "\"msg\":\"Field required\",\"input\":{}}]}");
        OcrRequest request = request(OcrDocument.url("https://example.com/a.pdf"));

        ApiResponse<OcrResponse> raw = client.ocr().withRawResponse().process(request);
        OcrResponse async = client.ocr().processAsync(request).join();

        assertThat(raw.requestId()).contains("req-ocr");
        assertThat(raw.rawBody()).isEqualTo(FULL);
        assertThat(async).isEqualTo(raw.value());
        assertThatThrownBy(() -> client.ocr().withRawResponse().processAsync(request).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("body.document: Field required");
    }

    private static OcrRequest request(OcrDocument document) {
        return OcrRequest.builder().model("mistral-ocr-latest").document(document).build();
    }
}
