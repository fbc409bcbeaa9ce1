package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;
import java.util.List;

/**
 * One thing a classifier learns to predict: a name and its labels.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name         the target's name, e.g. {@code sentiment}
 * @param labels       its possible labels
 * @param weight       its weight among the targets, 0 or more (server default 1), or null
 * @param lossFunction {@code single_class} or {@code multi_class}, or null for the server's choice
 */
public record ClassifierTarget(String name, List<String> labels, Double weight, ClassifierLossFunction lossFunction) {

    /**
     * Copies {@code labels} (null becomes an empty list); use {@link #of(String, List, Double,
     * ClassifierLossFunction)} to validate.
     */
    public ClassifierTarget {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A validated target with the server's default weight and loss function. */
    public static ClassifierTarget of(String name, List<String> labels) {
        return of(name, labels, null, null);
    }

    /** A validated target. */
    public static ClassifierTarget of(String name, List<String> labels, Double weight,
                                      ClassifierLossFunction lossFunction) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("classifierTargets.name", "is required");
        }
        if (labels == null || labels.isEmpty()) {
            throw new ValidationException("classifierTargets.labels", "at least one label is required");
        }
        if (weight != null && !(weight >= 0)) {
            throw new ValidationException("classifierTargets.weight", "must be 0 or more, was " + weight);
        }
        return new ClassifierTarget(name, labels, weight, lossFunction);
    }
}
