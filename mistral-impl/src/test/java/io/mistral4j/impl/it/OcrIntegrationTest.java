package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.ocr.OcrDocument;
import io.mistral4j.ocr.OcrImage;
import io.mistral4j.ocr.OcrPage;
import io.mistral4j.ocr.OcrRequest;
import io.mistral4j.ocr.OcrResponse;
import io.mistral4j.ocr.TableFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OCR end to end over loopback sockets against the simulator. */
class OcrIntegrationTest {

    private static final String PAPER = "https://arxiv.org/pdf/2201.04234";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static MistralClient client;

    @BeforeAll
    static void connect() {
        client = SIMULATOR.newClient();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static OcrRequest.Builder read(OcrDocument document) {
        return OcrRequest.builder().model("mistral-ocr-latest").document(document);
    }

    @Test
    void aPdfByUrlIsReadPageByPage() {
        ApiResponse<OcrResponse> raw = client.ocr().withRawResponse().process(read(OcrDocument.url(PAPER)).build());
        OcrResponse response = raw.value();

        assertThat(response.pages()).isNotEmpty();
        assertThat(response.pages()).extracting(OcrPage::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, response.pages().size()).boxed()
                        .toList());
        assertThat(response.pages().get(0).markdown()).contains("2201.04234");
        assertThat(response.pages()).allSatisfy(page -> {
            assertThat(page.dimensions().dpi()).isEqualTo(200);
            assertThat(page.dimensions().width()).isPositive();
        });
        assertThat(response.usageInfo().pagesProcessed()).isEqualTo(response.pages().size());
        assertThat(response.model()).isEqualTo("mistral-ocr-latest");
        assertThat(raw.requestId()).isPresent();
        assertThat(client.ocr().process(read(OcrDocument.url(PAPER)).build())).isEqualTo(response);
    }

    @Test
    void pagesAreSelected() {
        OcrResponse response = client.ocr().process(read(OcrDocument.url(PAPER)).pages("0-1").build());

        assertThat(response.pages()).extracting(OcrPage::index).containsExactly(0, 1);
        assertThat(response.usageInfo().pagesProcessed()).isEqualTo(2);
        assertThatThrownBy(() -> client.ocr().process(read(OcrDocument.url(PAPER)).pages(500).build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("500");
    }

    @Test
    void imagesComeWithBase64OnlyWhenAsked() {
        OcrResponse without = client.ocr().process(read(OcrDocument.url(PAPER)).build());
        OcrResponse with = client.ocr().process(read(OcrDocument.url(PAPER)).includeImageBase64(true).build());
        OcrResponse limited = client.ocr().process(read(OcrDocument.url(PAPER)).imageLimit(0).build());

        OcrImage plain = without.pages().get(0).images().get(0);
        OcrImage inline = with.pages().get(0).images().get(0);
        assertThat(plain.imageBase64()).isNull();
        assertThat(without.pages().get(0).markdown()).contains("![" + plain.id() + "](" + plain.id() + ")");
        assertThat(inline.decodeImage()).startsWith((byte) 0xff, (byte) 0xd8);
        assertThat(inline.id()).isEqualTo(plain.id());
        assertThat(limited.pages()).allSatisfy(page -> assertThat(page.images()).isEmpty());
    }

    @Test
    void anImageIsOnePage() {
        OcrResponse response = client.ocr().process(read(OcrDocument.image("https://example.com/receipt.png"))
                .build());

        assertThat(response.pages()).hasSize(1);
        assertThat(response.pages().get(0).markdown()).contains("receipt.png");
        assertThat(response.pages().get(0).dimensions().dpi()).isEqualTo(72);
    }

    @Test
    void anInlinePdfIsCountedFromItsBytes() {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> endobj\n"
                + "2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF")
                .getBytes(StandardCharsets.US_ASCII);

        OcrResponse response = client.ocr().process(read(OcrDocument.base64Pdf(pdf)).build());

        assertThat(response.pages()).hasSize(2);
        assertThat(response.usageInfo().docSizeBytes()).isEqualTo(pdf.length);
    }

    @Test
    void anUploadedFileIsReadByItsId() {
        OcrResponse response = client.ocr().process(read(OcrDocument.fileId("3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70"))
                .build());
        assertThat(response.markdown()).contains("3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70");
    }

    @Test
    void annotationsAndTablesFollowTheRequest() {
        ResponseFormat documentFormat = ResponseFormat.jsonSchema("document", Map.of("type", "object",
                "properties", Map.of("title", Map.of("type", "string"), "pages", Map.of("type", "integer")),
                "required", List.of("title", "pages")));
        ResponseFormat imageFormat = ResponseFormat.jsonSchema("image", Map.of("type", "object",
                "properties", Map.of("kind", Map.of("type", "string", "enum", List.of("chart", "photo"))),
                "required", List.of("kind")));

        OcrResponse response = client.ocr().process(read(OcrDocument.url(PAPER))
                .documentAnnotationFormat(documentFormat).bboxAnnotationFormat(imageFormat)
                .tableFormat(TableFormat.HTML).extractHeader(true).includeBlocks(true).build());

        JsonObject annotation = JsonParser.parseString(response.documentAnnotation()).getAsJsonObject();
        assertThat(annotation.keySet()).contains("title", "pages");
        OcrPage first = response.pages().get(0);
        assertThat(JsonParser.parseString(first.images().get(0).imageAnnotation()).getAsJsonObject()
                .get("kind").getAsString()).isIn("chart", "photo");
        assertThat(first.tables().get(0).format()).isEqualTo(TableFormat.HTML);
        assertThat(first.tables().get(0).content()).startsWith("<table>");
        assertThat(first.markdown()).contains("[" + first.tables().get(0).id() + "]");
        assertThat(first.header()).isNotBlank();
        assertThat(first.blocks()).isNotEmpty();
    }

    @Test
    void asyncForms() {
        assertThat(client.ocr().processAsync(read(OcrDocument.url(PAPER)).build()).join().pages()).isNotEmpty();
        assertThat(client.ocr().withRawResponse().processAsync(read(OcrDocument.url(PAPER)).build()).join()
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownTableFormatIsA422FromTheServer() {
        assertThatThrownBy(() -> client.ocr().process(read(OcrDocument.url(PAPER))
                .tableFormat(TableFormat.of("latex")).build()))
                .isInstanceOf(UnprocessableEntityException.class)
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues())
                        .anySatisfy(issue -> assertThat(issue.loc()).containsExactly("body", "table_format")));
    }

    @Test
    void aFileIdThatIsNotAUuidIsA422() {
        assertThatThrownBy(() -> client.ocr().process(read(OcrDocument.fileId("not-a-uuid")).build()))
                .isInstanceOf(UnprocessableEntityException.class)
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues())
                        .anySatisfy(issue -> assertThat(issue.loc())
                                .containsExactly("body", "document", "FileChunk", "file_id")));
    }
}
