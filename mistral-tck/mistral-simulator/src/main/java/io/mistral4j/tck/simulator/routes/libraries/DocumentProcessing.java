package io.mistral4j.tck.simulator.routes.libraries;

import io.mistral4j.tck.simulator.state.JobLifecycle;
import java.util.Set;

/**
 * A document's processing on the simulated clock: {@code todo} for a second after the upload (or
 * a reprocess request), then {@code in_progress} for two seconds plus one a page, then
 * {@code done}, or {@code missing_content} when no text could be extracted.
 */
final class DocumentProcessing extends JobLifecycle {

    static final String TODO = "todo";
    static final String IN_PROGRESS = "in_progress";
    static final String DONE = "done";
    static final String MISSING_CONTENT = "missing_content";
    static final long QUEUED_SECONDS = 1;
    static final long BASE_SECONDS = 2;

    private final DocumentText text;
    private long startedAt = -1;
    private long finishedAt = -1;

    DocumentProcessing(String documentId, long startedAt, DocumentText text) {
        super(documentId, startedAt, TODO, Set.of(DONE, MISSING_CONTENT));
        this.text = text;
    }

    @Override
    protected long leavesAt(String current) {
        return switch (current) {
            case TODO -> createdAt() + QUEUED_SECONDS;
            case IN_PROGRESS -> startedAt + BASE_SECONDS + text.pages();
            default -> -1;
        };
    }

    @Override
    protected String leave(String current, long at) {
        if (current.equals(TODO)) {
            startedAt = at;
            return IN_PROGRESS;
        }
        finishedAt = at;
        return text.text().isBlank() ? MISSING_CONTENT : DONE;
    }

    /** When processing ended, or -1 while it goes on; for the document's {@code last_processed_at}. */
    synchronized long finishedAt(long now) {
        refresh(now);
        return finishedAt;
    }
}
