package io.mistral4j.models;

/**
 * What a fine-tuned model can do. {@code completionChat} defaults to true, the rest to false.
 */
public record FineTunedModelCapabilities(Boolean completionChat, boolean completionFim, boolean functionCalling,
                                         boolean fineTuning, boolean classification) {

    public FineTunedModelCapabilities {
        completionChat = completionChat == null ? Boolean.TRUE : completionChat;
    }
}
