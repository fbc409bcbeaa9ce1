package io.mistral4j.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.chat.DocumentUrlChunk;
import io.mistral4j.chat.FileChunk;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.errors.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrRequestTest {

    private static OcrRequest.Builder valid() {
        return OcrRequest.builder().model("mistral-ocr-latest").document(OcrDocument.url("https://example.com/a.pdf"));
    }

    @Test
    void documentHelpersPickTheChunkType() {
        assertThat(OcrDocument.url("https://example.com/a.pdf").chunk()).isInstanceOf(DocumentUrlChunk.class);
        assertThat(OcrDocument.image("https://example.com/a.png").chunk()).isInstanceOf(ImageUrlChunk.class);
        assertThat(OcrDocument.fileId("3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70").chunk()).isInstanceOf(FileChunk.class);
        OcrDocument pdf = OcrDocument.base64Pdf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.url()).isEqualTo("data:application/pdf;base64,JVBERi0xLjc=");
        assertThat(OcrDocument.base64Pdf("JVBERi0xLjc=")).isEqualTo(pdf);
        assertThat(OcrDocument.image(new byte[] {1, 2}, "image/png").url()).isEqualTo("data:image/png;base64,AQI=");
    }

    @Test
    void aDocumentIsOneOfTheThreeChunkTypes() {
        assertThatThrownBy(() -> new OcrDocument(new TextChunk("not a document")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("document"));
        assertThatThrownBy(() -> OcrDocument.fileId(" "))
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("fileId"));
    }

    @Test
    void inlineDataIsSummarisedInToString() {
        OcrDocument pdf = OcrDocument.base64Pdf(new byte[300_000]);
        assertThat(pdf.toString()).hasSizeLessThan(150).contains("document_url", "chars");
        assertThat(OcrDocument.fileId("f-1").toString()).contains("f-1");
    }

    @Test
    void pageRangesAreExpanded() {
        assertThat(valid().pages("0, 2-4,7").build().pages()).containsExactly(0, 2, 3, 4, 7);
        assertThat(valid().pages(1, 3).build().pages()).containsExactly(1, 3);
        assertThat(valid().build().pages()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"4-2", "a", "1,,2", "-1", "0-99999999", "''"})
    void malformedPageRangesNameThePagesField(String ranges) {
        assertThatThrownBy(() -> valid().pages(ranges).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("pages"));
    }

    @Test
    void negativePageNumbersAreRefusedByPosition() {
        assertThatThrownBy(() -> valid().pages(0, -2).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("pages[1]"));
    }

    @Test
    void modelAndDocumentAreRequired() {
        assertThatThrownBy(() -> OcrRequest.builder().document(OcrDocument.url("u")).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("model"));
        assertThatThrownBy(() -> OcrRequest.builder().model("mistral-ocr-latest").build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("document"));
    }

    @Test
    void annotationFormatsMustBeJsonSchemas() {
        ResponseFormat schema = ResponseFormat.jsonSchema("doc", Map.of("type", "object"));
        assertThat(valid().documentAnnotationFormat(schema).documentAnnotationPrompt("titles").build()
                .documentAnnotationPrompt()).isEqualTo("titles");
        assertThatThrownBy(() -> valid().bboxAnnotationFormat(ResponseFormat.jsonObject()).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("bboxAnnotationFormat"));
        assertThatThrownBy(() -> valid().documentAnnotationPrompt("titles").build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("documentAnnotationPrompt"));
    }

    @Test
    void imageLimitsMustNotBeNegative() {
        assertThatThrownBy(() -> valid().imageLimit(-1).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("imageLimit"));
        assertThatThrownBy(() -> valid().imageMinSize(-1).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("imageMinSize"));
    }

    @Test
    void imageHelperDecodesDataUrisWithOrWithoutPrefix() {
        assertThat(new OcrImage("img-0.jpeg", 0, 0, 1, 1, "data:image/jpeg;base64,AQI=", null).decodeImage())
                .containsExactly(1, 2);
        assertThat(new OcrImage("img-0.jpeg", 0, 0, 1, 1, "AQI=", null).decodeImage()).containsExactly(1, 2);
        assertThat(new OcrImage("img-0.jpeg", 0, 0, 1, 1, null, null).decodeImage()).isNull();
        assertThat(new OcrImage("img-0.jpeg", 0, 0, 1, 1, "A".repeat(10_000), null).toString())
                .hasSizeLessThan(200);
    }
}
