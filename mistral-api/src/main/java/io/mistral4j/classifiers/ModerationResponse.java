package io.mistral4j.classifiers;

import java.util.List;

/**
 * The moderation of a request's inputs.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the response id
 * @param model   the model that moderated
 * @param results one result per input, in input order
 */
public record ModerationResponse(String id, String model, List<ModerationResult> results) {

    /** Copies {@code results}; a missing list becomes empty. */
    public ModerationResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** Whether any input was flagged in any category. */
    public boolean flagged() {
        return results.stream().anyMatch(ModerationResult::flagged);
    }
}
