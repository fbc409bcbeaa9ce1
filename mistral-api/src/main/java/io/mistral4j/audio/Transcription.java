package io.mistral4j.audio;

import io.mistral4j.chat.Usage;
import java.util.List;

/**
 * A transcription: the text, the language heard, the timed segments asked for and the usage
 * (with the seconds of audio read).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param model    the model that transcribed
 * @param text     the whole text
 * @param language the language as two letters, or null
 * @param segments the timed segments (words, with word granularity); empty when none were asked for
 * @param usage    tokens and {@link Usage#promptAudioSeconds() seconds of audio}
 */
public record Transcription(String model, String text, String language, List<TranscriptionSegment> segments,
                            Usage usage) {

    /** Copies the segments, missing ones becoming empty. */
    public Transcription {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
