package io.mistral4j.models;

import java.util.List;

/**
 * A model as {@code GET /v1/models} describes it: a {@link BaseModelCard} for Mistral's own
 * models, a {@link FineTunedModelCard} for the models your fine-tuning jobs produced. Told
 * apart by {@link #type()} ({@code base} or {@code fine-tuned}); a card of a type this version
 * does not know is read as a {@link BaseModelCard} that keeps its type.
 */
public sealed interface ModelCard permits BaseModelCard, FineTunedModelCard {

    /**
     * The model id to put in requests, e.g. {@code mistral-small-latest} or {@code ft:open-mistral-7b:...}.
     */
    String id();

    /** Always {@code model}. */
    String object();

    /** Creation time, seconds since the epoch, or null when not reported. */
    Long created();

    /** The organisation owning the model ({@code mistralai} for Mistral's models), or null. */
    String ownedBy();

    /**
     * What the model can do (chat, FIM, function calling, vision, ...); never null, all false when not
     * reported.
     */
    ModelCapabilities capabilities();

    /** A display name, or null. */
    String name();

    /** A description, or null. */
    String description();

    /** The longest context the model takes, in tokens (32,768 when not reported). */
    int maxContextLength();

    /** Other ids the model answers to, e.g. {@code mistral-small-latest}; empty when none. */
    List<String> aliases();

    /** When the model stops being served (ISO-8601 date-time), or null. */
    String deprecation();

    /** The model to move to once this one is deprecated, or null. */
    String deprecationReplacementModel();

    /** The sampling temperature used when a request sets none, or null when not reported. */
    Double defaultModelTemperature();

    /** {@code base}, {@code fine-tuned}, or a type this version does not know. */
    String type();

    /** Whether this card is one of your fine-tuned models. */
    default boolean isFineTuned() {
        return this instanceof FineTunedModelCard;
    }
}
