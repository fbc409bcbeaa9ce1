package io.mistral4j.models;

import java.util.List;

/**
 * A model one of your fine-tuning jobs produced. See {@link ModelCard} for the shared fields.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param job      the id of the job that produced it
 * @param root     the model it was fine-tuned from
 * @param archived whether it is archived
 */
public record FineTunedModelCard(String id, String object, Long created, String ownedBy,
                                 ModelCapabilities capabilities, String name, String description,
                                 int maxContextLength, List<String> aliases, String deprecation,
                                 String deprecationReplacementModel, Double defaultModelTemperature, String type,
                                 String job, String root, boolean archived) implements ModelCard {

    /** The {@code type} of fine-tuned models. */
    public static final String TYPE = "fine-tuned";

    static final int DEFAULT_CONTEXT_LENGTH = 32_768;
    static final ModelCapabilities NO_CAPABILITIES =
            new ModelCapabilities(false, false, false, false, false, false, false, false, false, false, false,
                    false, false, false);

    /**
     * Fills what the server left out: empty aliases, no capabilities, a 32,768-token context and type
     * {@code fine-tuned}.
     */
    public FineTunedModelCard {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        capabilities = capabilities == null ? NO_CAPABILITIES : capabilities;
        maxContextLength = maxContextLength == 0 ? DEFAULT_CONTEXT_LENGTH : maxContextLength;
        type = type == null ? TYPE : type;
    }
}
