package io.mistral4j.models;

/**
 * What a fine-tuned model can do. {@code completionChat} defaults to true, the rest to false.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param completionChat  whether it answers chat completions ({@code completion_chat})
 * @param completionFim   whether it does fill-in-the-middle code completion ({@code completion_fim})
 * @param functionCalling whether it can call tools ({@code function_calling})
 * @param fineTuning      whether it can itself be fine-tuned further ({@code fine_tuning})
 * @param classification  whether it is a classifier ({@code classification})
 */
public record FineTunedModelCapabilities(Boolean completionChat, boolean completionFim, boolean functionCalling,
                                         boolean fineTuning, boolean classification) {

    /** A missing {@code completionChat} means true. */
    public FineTunedModelCapabilities {
        completionChat = completionChat == null ? Boolean.TRUE : completionChat;
    }
}
