package io.mistral4j.classifiers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of one classifier target (such as {@code sentiment}) for one input.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param scores per label, the model's score
 */
public record ClassificationTargetResult(Map<String, Double> scores) {

    /** Copies {@code scores}; a missing map becomes empty. */
    public ClassificationTargetResult {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The label with the highest score; empty when there are no scores. */
    public Optional<String> topLabel() {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            if (entry.getValue() != null && entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
