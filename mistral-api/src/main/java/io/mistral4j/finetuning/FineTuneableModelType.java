package io.mistral4j.finetuning;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kind of model a fine-tuning job produces. Open: values this version does not know parse and round-trip unchanged. */
public final class FineTuneableModelType extends OpenEnum {

    private static final Map<String, FineTuneableModelType> KNOWN = new LinkedHashMap<>();

    /** {@code completion}: a chat/text model trained on conversations. */
    public static final FineTuneableModelType COMPLETION = known("completion");
    /** {@code classifier}: a classifier trained on labelled texts for {@link ClassifierTarget}s. */
    public static final FineTuneableModelType CLASSIFIER = known("classifier");

    private final boolean known;

    private FineTuneableModelType(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static FineTuneableModelType known(String value) {
        FineTuneableModelType constant = new FineTuneableModelType(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static FineTuneableModelType of(String value) {
        FineTuneableModelType constant = KNOWN.get(value);
        return constant != null ? constant : new FineTuneableModelType(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<FineTuneableModelType> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
