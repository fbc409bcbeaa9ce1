package io.mistral4j.models;

import java.util.List;

/**
 * One of Mistral's models (or a card of a type this version does not know, which keeps its
 * {@link #type()}). See {@link ModelCard} for the fields.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record BaseModelCard(String id, String object, Long created, String ownedBy, ModelCapabilities capabilities,
                            String name, String description, int maxContextLength, List<String> aliases,
                            String deprecation, String deprecationReplacementModel,
                            Double defaultModelTemperature, String type) implements ModelCard {

    /** The {@code type} of base models. */
    public static final String TYPE = "base";

    /**
     * Fills what the server left out: empty aliases, no capabilities, a 32,768-token context and type
     * {@code base}.
     */
    public BaseModelCard {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        capabilities = capabilities == null ? FineTunedModelCard.NO_CAPABILITIES : capabilities;
        maxContextLength = maxContextLength == 0 ? FineTunedModelCard.DEFAULT_CONTEXT_LENGTH : maxContextLength;
        type = type == null ? TYPE : type;
    }
}
