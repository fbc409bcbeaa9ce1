package io.mistral4j.tck.simulator.routes.libraries;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the simulator extracts from an uploaded document: plain text as it is, and from a
 * PDF the strings its content streams show ({@code (...) Tj} and {@code [...] TJ}), compressed
 * ({@code /FlateDecode}) or not;
 * anything else has no text.
 *
 * @param text  the text, possibly empty
 * @param pages the pages counted
 */
record DocumentText(String text, int pages) {

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");
    private static final Pattern PDF_TEXT_LINE = Pattern.compile("\\[(.*?)\\]\\s*TJ|\\((.*?)(?<!\\\\)\\)\\s*Tj|T\\*|ET",
            Pattern.DOTALL);
    private static final Pattern PDF_STRING = Pattern.compile("\\((.*?)(?<!\\\\)\\)", Pattern.DOTALL);

    static DocumentText of(byte[] content, String mimeType, String extension) {
        if ("pdf".equals(extension) || "application/pdf".equals(mimeType) || startsWithPdfMagic(content)) {
            return pdf(PdfStreams.inflated(new String(content, StandardCharsets.ISO_8859_1)));
        }
        if (mimeType.startsWith("text/") || mimeType.equals("application/json")) {
            String text = new String(content, StandardCharsets.UTF_8);
            return new DocumentText(text, 1);
        }
        return new DocumentText("", 1);
    }

    static String mimeTypeOf(String extension, String partType) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "txt" -> "text/plain";
            case "md" -> "text/markdown";
            case "csv" -> "text/csv";
            case "html", "htm" -> "text/html";
            case "json" -> "application/json";
            case "pdf" -> "application/pdf";
            default -> partType == null || partType.isBlank() ? "application/octet-stream" : partType;
        };
    }

    private static boolean startsWithPdfMagic(byte[] content) {
        return content.length >= 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    private static DocumentText pdf(String raw) {
        StringBuilder text = new StringBuilder();
        Matcher m = PDF_TEXT_LINE.matcher(raw);
        while (m.find()) {
            if (m.group(1) != null) {
                Matcher parts = PDF_STRING.matcher(m.group(1));
                while (parts.find()) {
                    text.append(unescape(parts.group(1)));
                }
            } else if (m.group(2) != null) {
                text.append(unescape(m.group(2)));
            } else if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n'); // T* and ET end a line
            }
        }
        int pages = 0;
        Matcher page = PDF_PAGE.matcher(raw);
        while (page.find()) {
            pages++;
        }
        return new DocumentText(text.toString().strip(), Math.max(pages, 1));
    }

    private static String unescape(String s) {
        return s.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\");
    }
}
