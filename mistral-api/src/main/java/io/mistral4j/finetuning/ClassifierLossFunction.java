package io.mistral4j.finetuning;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The loss function of a classifier target. Open: values this version does not know parse and round-trip unchanged. */
public final class ClassifierLossFunction extends OpenEnum {

    private static final Map<String, ClassifierLossFunction> KNOWN = new LinkedHashMap<>();

    /**
     * {@code single_class}: each example has exactly one of the target's labels (softmax over the labels).
     */
    public static final ClassifierLossFunction SINGLE_CLASS = known("single_class");
    /**
     * {@code multi_class}: each example may have any number of the target's labels (one yes/no per label).
     */
    public static final ClassifierLossFunction MULTI_CLASS = known("multi_class");

    private final boolean known;

    private ClassifierLossFunction(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static ClassifierLossFunction known(String value) {
        ClassifierLossFunction constant = new ClassifierLossFunction(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static ClassifierLossFunction of(String value) {
        ClassifierLossFunction constant = KNOWN.get(value);
        return constant != null ? constant : new ClassifierLossFunction(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<ClassifierLossFunction> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
