package io.mistral4j.models;

/**
 * What a model can do. A flag the server leaves out reads as {@code false}.
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
 */
public record ModelCapabilities(boolean completionChat, boolean functionCalling, boolean completionFim,
                                boolean fineTuning, boolean vision, boolean ocr, boolean classification,
                                boolean moderation, boolean audio, boolean audioTranscription) {
}
