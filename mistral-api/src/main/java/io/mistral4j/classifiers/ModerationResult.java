package io.mistral4j.classifiers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderation verdict for one input.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param categories     per category, whether the input crosses the category's threshold
 * @param categoryScores per category, the model's score between 0 and 1
 */
public record ModerationResult(Map<ModerationCategory, Boolean> categories,
                               Map<ModerationCategory, Double> categoryScores) {

    /** Copies both maps; a missing map becomes empty. */
    public ModerationResult {
        categories = categories == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        categoryScores = categoryScores == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(categoryScores));
    }

    /** Whether any category was flagged. */
    public boolean flagged() {
        return categories.containsValue(Boolean.TRUE);
    }

    /** The flagged categories, in the server's order. */
    public List<ModerationCategory> flaggedCategories() {
        List<ModerationCategory> flagged = new ArrayList<>();
        categories.forEach((category, value) -> {
            if (Boolean.TRUE.equals(value)) {
                flagged.add(category);
            }
        });
        return flagged;
    }

    /** The score of {@code category}, or 0 when the server did not report it. */
    public double score(ModerationCategory category) {
        Double score = categoryScores.get(category);
        return score == null ? 0 : score;
    }
}
