package io.mistral4j.tck.simulator.routes.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Text extraction from uploads, PDF content streams compressed as writers produce them by default. */
class DocumentTextTest {

    @Test
    void theTextOfCompressedContentStreamsIsExtracted() {
        byte[] pdf = pdf(stream("<< /Length %d /Filter /FlateDecode >>", deflate("BT (Hello) Tj T* [(com) -20 (pressed)] TJ ET")),
                "<< /Type /Page >>",
                stream("<< /Length %d /Filter /FlateDecode /DecodeParms << /Columns 1 >> >>", deflate("BT (Page two) Tj ET")),
                "<< /Type /Page >>");

        DocumentText text = DocumentText.of(pdf, "application/pdf", "pdf");

        assertThat(text.text()).isEqualTo("Hello\ncompressed\nPage two");
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.pageTexts()).containsExactly("Hello\ncompressed", "Page two");
    }

    @Test
    void pageRangesCountFromZeroAndIncludeBothEnds() {
        byte[] pdf = pdf(stream("<< /Length %d >>", ascii("BT (one) Tj ET")), "<< /Type /Page >>",
                stream("<< /Length %d >>", ascii("BT (two) Tj ET")), "<< /Type /Page >>",
                stream("<< /Length %d >>", ascii("BT (three) Tj ET")), "<< /Type /Page >>");
        DocumentText text = DocumentText.of(pdf, "application/pdf", "pdf");

        assertThat(text.pages(1, 1)).isEqualTo("two");
        assertThat(text.pages(1, null)).isEqualTo("two\nthree");
        assertThat(text.pages(null, 1)).isEqualTo("one\ntwo");
        assertThat(text.pages(2, 9)).isEqualTo("three");
        assertThat(text.pages(5, 9)).isEmpty();
        assertThat(DocumentText.of(ascii("plain text"), "text/plain", "txt").pages(0, 0)).isEqualTo("plain text");
    }

    @Test
    void uncompressedAndCompressedStreamsMixAndABrokenStreamIsSkipped() {
        byte[] pdf = pdf(stream("<< /Length %d >>", ascii("BT (plain) Tj ET")),
                stream("<< /Length %d /Filter /FlateDecode >>", ascii("not deflate data (hidden) Tj")),
                stream("<< /Length %d /Filter /FlateDecode >>", deflate("BT (deflated) Tj ET")));

        // the broken stream's bytes stay as they are, so its "(hidden) Tj" still reads as text: nothing is lost
        assertThat(DocumentText.of(pdf, "application/pdf", "pdf").text()).isEqualTo("plain\nhiddendeflated");
    }

    @Test
    void inflatingIsBoundedSoACompressionBombCannotExhaustTheHeap() {
        byte[] bomb = deflate("BT (" + "A".repeat(PdfStreams.MAX_INFLATED_BYTES + 1_000_000) + ") Tj ET");
        String raw = new String(pdf(stream("<< /Length %d /Filter /FlateDecode >>", bomb)), StandardCharsets.ISO_8859_1);

        assertThat(PdfStreams.inflated(raw).length()).isLessThan(raw.length() + PdfStreams.MAX_INFLATED_BYTES);
    }

    private static byte[] pdf(Object... objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n"));
        int number = 1;
        for (Object object : objects) {
            out.writeBytes(ascii(number++ + " 0 obj\n"));
            out.writeBytes(object instanceof byte[] bytes ? bytes : ascii((String) object));
            out.writeBytes(ascii("\nendobj\n"));
        }
        out.writeBytes(ascii("%%EOF\n"));
        return out.toByteArray();
    }

    private static byte[] stream(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(dictionary.formatted(data.length) + "\nstream\r\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\r\nendstream"));
        return out.toByteArray();
    }

    private static byte[] deflate(String content) {
        Deflater deflater = new Deflater();
        deflater.setInput(ascii(content));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
