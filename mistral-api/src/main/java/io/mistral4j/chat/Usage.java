package io.mistral4j.chat;

/**
 * Token usage of a call.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param promptTokens        tokens read
 * @param completionTokens    tokens generated
 * @param totalTokens         their sum, as the server counts it
 * @param promptAudioSeconds  seconds of audio input, or null
 * @param numCachedTokens     prompt tokens served from the cache, or null
 * @param promptTokensDetails details of the prompt tokens, or null
 * @param serviceTier         the tier that served the call ({@code standard} or {@code priority}), or null
 */
public record Usage(int promptTokens, int completionTokens, int totalTokens, Integer promptAudioSeconds,
                    Integer numCachedTokens, PromptTokensDetails promptTokensDetails, String serviceTier) {

    /** Usage with these counts and their sum as the total. */
    public static Usage of(int promptTokens, int completionTokens) {
        return new Usage(promptTokens, completionTokens, promptTokens + completionTokens, null, null, null, null);
    }

    /**
     * Details of the prompt tokens.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     */
    public record PromptTokensDetails(int cachedTokens) {
    }
}
