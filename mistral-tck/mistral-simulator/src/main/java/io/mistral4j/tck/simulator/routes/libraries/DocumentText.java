package io.mistral4j.tck.simulator.routes.libraries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the simulator extracts from an uploaded document: plain text as it is, and from a
 * PDF the strings its content streams show ({@code (...) Tj} and {@code [...] TJ}), compressed
 * ({@code /FlateDecode}) or not;
 * anything else has no text.
 *
 * <p>The text is also kept page by page for {@code page_start}/{@code page_end}: a PDF's pages are
 * its content streams that show text (one a page, as simple writers lay them out), a text upload
 * is one page.
 *
 * @param text      the text, possibly empty
 * @param pages     the pages counted ({@code /Type /Page} objects in a PDF)
 * @param pageTexts the text of each page, in order; never empty
 */
record DocumentText(String text, int pages, List<String> pageTexts) {

    DocumentText {
        pageTexts = List.copyOf(pageTexts);
    }

    DocumentText(String text, int pages) {
        this(text, pages, List.of(text));
    }

    /**
     * The text of pages {@code start} to {@code end}, counted from 0 and both included (the spec
     * does not say; this is the simulator's reading), either null for no bound; pages out of
     * range give no text.
     */
    String pages(Integer start, Integer end) {
        int from = start == null ? 0 : Math.max(start, 0);
        int to = end == null ? pageTexts.size() - 1 : Math.min(end, pageTexts.size() - 1);
        return from > to ? "" : String.join("\n", pageTexts.subList(from, to + 1));
    }

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");
    private static final Pattern PDF_TEXT_LINE = Pattern.compile("\\[(.*?)\\]\\s*TJ|\\((.*?)(?<!\\\\)\\)\\s*Tj|T\\*|ET",
            Pattern.DOTALL);
    private static final Pattern PDF_STRING = Pattern.compile("\\((.*?)(?<!\\\\)\\)", Pattern.DOTALL);
    private static final Pattern PDF_STREAM = Pattern.compile("stream\\r?\\n(.*?)endstream", Pattern.DOTALL);

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
        List<String> pageTexts = new ArrayList<>();
        Matcher stream = PDF_STREAM.matcher(raw);
        while (stream.find()) {
            String page = shownText(stream.group(1));
            if (!page.isEmpty()) {
                pageTexts.add(page);
            }
        }
        String text = shownText(raw);
        int pages = 0;
        Matcher page = PDF_PAGE.matcher(raw);
        while (page.find()) {
            pages++;
        }
        return new DocumentText(text, Math.max(pages, 1), pageTexts.isEmpty() ? List.of(text) : pageTexts);
    }

    /** The strings that {@code Tj} and {@code TJ} show, a line each text line ({@code T*}, {@code ET}). */
    private static String shownText(String raw) {
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
        return text.toString().strip();
    }

    private static String unescape(String s) {
        return s.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\");
    }
}
