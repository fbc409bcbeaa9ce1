package io.mistral4j.ocr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a document, page by page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param pages              the pages read, each with its markdown
 * @param model              the model that read them
 * @param documentAnnotation the document annotation as a JSON string, when a format was asked for
 * @param usageInfo          pages processed and document size
 */
public record OcrResponse(List<OcrPage> pages, String model, String documentAnnotation, OcrUsageInfo usageInfo) {

    /** Copies {@code pages}; a missing list becomes empty. */
    public OcrResponse {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** The markdown of every page, in order, separated by blank lines. */
    public String markdown() {
        return pages.stream().map(OcrPage::markdown).collect(Collectors.joining("\n\n"));
    }
}
