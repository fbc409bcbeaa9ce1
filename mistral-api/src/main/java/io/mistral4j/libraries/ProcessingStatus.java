package io.mistral4j.libraries;

import java.util.Set;

/**
 * Where a document's processing stands ({@code GET .../documents/{document_id}/status}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param documentId       the document's id
 * @param processStatus    {@code todo}, {@code in_progress}, {@code waiting_for_capacity}, or an end:
 *                         {@code done}, {@code error}, {@code noop}, {@code missing_content},
 *                         {@code self_managed}
 * @param processingStatus the older status field (deprecated by the API)
 */
public record ProcessingStatus(String documentId, String processStatus, String processingStatus) {

    /** The statuses a document does not leave unless reprocessed. */
    public static final Set<String> FINISHED = Set.of("done", "error", "noop", "missing_content", "self_managed");

    /** True once processing has ended, well or not. */
    public boolean isFinished() {
        return isFinished(processStatus);
    }

    /** True if {@code processStatus} is one of {@link #FINISHED}. */
    public static boolean isFinished(String processStatus) {
        return processStatus != null && FINISHED.contains(processStatus);
    }
}
