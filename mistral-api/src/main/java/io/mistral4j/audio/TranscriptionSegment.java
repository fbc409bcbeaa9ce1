package io.mistral4j.audio;

/**
 * A timed part of a transcription: a segment of speech, or a word with word granularity.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param text      the text of this part
 * @param start     where it starts, in seconds from the start of the audio
 * @param end       where it ends, in seconds
 * @param score     the model's confidence, or null
 * @param speakerId the speaker, when diarization was asked for, or null
 */
public record TranscriptionSegment(String text, double start, double end, Double score, String speakerId) {
}
