package io.mistral4j.libraries;

import java.time.Instant;
import java.util.Map;

/**
 * A document of a library, with where its processing stands.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                          the document's id
 * @param libraryId                   the id of its library
 * @param hash                        a hash of its content (deprecated by the API), or null
 * @param mimeType                    its media type, or null
 * @param extension                   its file name extension, or null
 * @param size                        its bytes, or null
 * @param name                        its name
 * @param summary                     a summary of it, or null
 * @param createdAt                   when it was uploaded
 * @param lastProcessedAt             when it was last processed, or null
 * @param numberOfPages               its pages, or null
 * @param processStatus               where its processing stands ({@code todo}, {@code in_progress}, {@code done}, ...)
 * @param uploadedById                who uploaded it, or null
 * @param uploadedByType              the kind of who uploaded it
 * @param tokensProcessingMainContent tokens of its main content (deprecated), or null
 * @param tokensProcessingSummary     tokens of its summary (deprecated), or null
 * @param url                         its URL, or null
 * @param attributes                  attributes set on it, or null
 * @param expiresAt                   when it expires, or null
 * @param processingStatus            the older status field (deprecated by the API)
 * @param tokensProcessingTotal       the tokens its processing took
 */
public record Document(String id, String libraryId, String hash, String mimeType, String extension, Long size,
                       String name, String summary, Instant createdAt, Instant lastProcessedAt, Integer numberOfPages,
                       String processStatus, String uploadedById, String uploadedByType,
                       Long tokensProcessingMainContent, Long tokensProcessingSummary, String url,
                       Map<String, Object> attributes, Instant expiresAt, String processingStatus,
                       Long tokensProcessingTotal) {

    /** True once processing has ended, well or not (see {@link ProcessingStatus#isFinished(String)}). */
    public boolean isProcessed() {
        return ProcessingStatus.isFinished(processStatus);
    }
}
