package io.mistral4j.models;

/**
 * What a model can do. A flag the server leaves out reads as {@code false}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param completionChat     chat completions
 * @param functionCalling    tool calls
 * @param completionFim      fill-in-the-middle completions
 * @param fineTuning         can be fine-tuned
 * @param vision             understands images
 * @param ocr                document OCR
 * @param classification     classifications
 * @param moderation         moderations
 * @param audio              audio input
 * @param audioTranscription audio transcription
 * @param reasoning          reasons before answering
 * @param audioTranscriptionRealtime realtime (streamed input) audio transcription
 * @param audioSpeech        speech synthesis
 * @param unifiedResources   unified resources
 */
public record ModelCapabilities(boolean completionChat, boolean functionCalling, boolean completionFim,
                                boolean fineTuning, boolean vision, boolean ocr, boolean classification,
                                boolean moderation, boolean audio, boolean audioTranscription, boolean reasoning,
                                boolean audioTranscriptionRealtime, boolean audioSpeech,
                                boolean unifiedResources) {
}
