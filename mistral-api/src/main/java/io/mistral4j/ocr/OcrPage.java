package io.mistral4j.ocr;

import java.util.List;

/**
 * One page of a read document.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param index            the page number, from 0
 * @param markdown         the page's text as markdown; images appear as {@code ![id](id)} links
 * @param images           the images extracted from the page
 * @param tables           the tables, when a {@link TableFormat} was asked for
 * @param hyperlinks       the links found on the page
 * @param header           the page header, when asked for
 * @param footer           the page footer, when asked for
 * @param dimensions       the size of the page image, or null
 * @param confidenceScores confidence scores, when asked for
 * @param blocks           paragraph-level blocks, when asked for
 */
public record OcrPage(int index, String markdown, List<OcrImage> images, List<OcrTable> tables,
                      List<String> hyperlinks, String header, String footer, OcrPageDimensions dimensions,
                      OcrPageConfidenceScores confidenceScores, List<OcrBlock> blocks) {

    /** Replaces missing markdown with an empty string and missing lists with empty ones, and copies the lists. */
    public OcrPage {
        markdown = markdown == null ? "" : markdown;
        images = images == null ? List.of() : List.copyOf(images);
        tables = tables == null ? List.of() : List.copyOf(tables);
        hyperlinks = hyperlinks == null ? List.of() : List.copyOf(hyperlinks);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
