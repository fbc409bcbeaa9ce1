package io.mistral4j.models;

import java.util.List;

/**
 * A model as {@code GET /v1/models} describes it: a {@link BaseModelCard} for Mistral's own
 * models, a {@link FineTunedModelCard} for the models your fine-tuning jobs produced. Told
 * apart by {@link #type()} ({@code base} or {@code fine-tuned}); a card of a type this version
 * does not know is read as a {@link BaseModelCard} that keeps its type.
 */
public sealed interface ModelCard permits BaseModelCard, FineTunedModelCard {

    String id();

    /** Always {@code model}. */
    String object();

    /** Creation time, seconds since the epoch, or null when not reported. */
    Long created();

    String ownedBy();

    ModelCapabilities capabilities();

    String name();

    String description();

    int maxContextLength();

    List<String> aliases();

    /** When the model stops being served (ISO-8601 date-time), or null. */
    String deprecation();

    String deprecationReplacementModel();

    Double defaultModelTemperature();

    /** {@code base}, {@code fine-tuned}, or a type this version does not know. */
    String type();

    /** Whether this card is one of your fine-tuned models. */
    default boolean isFineTuned() {
        return this instanceof FineTunedModelCard;
    }
}
