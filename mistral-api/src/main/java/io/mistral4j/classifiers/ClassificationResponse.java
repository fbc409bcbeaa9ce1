package io.mistral4j.classifiers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification of a request's inputs.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id      the response id
 * @param model   the classifier model
 * @param results one entry per input, in input order: per target name, that target's scores
 */
public record ClassificationResponse(String id, String model, List<Map<String, ClassificationTargetResult>> results) {

    /** Copies {@code results}; a missing list becomes empty. */
    public ClassificationResponse {
        results = results == null ? List.of()
                : results.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }

    /** The result of {@code target} for the input at {@code index}. */
    public ClassificationTargetResult target(int index, String target) {
        ClassificationTargetResult result = results.get(index).get(target);
        if (result == null) {
            throw new IllegalArgumentException("no target '" + target + "' in result " + index + "; targets are "
                    + results.get(index).keySet());
        }
        return result;
    }
}
