package io.mistral4j.audio;

import java.time.Instant;
import java.util.List;

/**
 * A voice to speak with: a preset or a custom one made from a sample recording.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id              the voice's id, to use as {@link SpeechRequest#voiceId()}
 * @param name            its name
 * @param slug            a short name, or null
 * @param languages       the languages it speaks (two letters each)
 * @param gender          its gender as described, or null
 * @param age             its age as described, or null
 * @param tags            free-form tags, or null
 * @param color           a display color, or null
 * @param description     a description, or null
 * @param retentionNotice days the sample is kept after the voice is deleted
 * @param createdAt       when it was created
 * @param userId          who created it (null for presets)
 * @param trimmedSeconds  seconds trimmed from the sample, or null
 */
public record Voice(String id, String name, String slug, List<String> languages, String gender, Integer age,
                    List<String> tags, String color, String description, Integer retentionNotice, Instant createdAt,
                    String userId, Double trimmedSeconds) {

    /** Copies the lists, missing languages becoming empty. */
    public Voice {
        languages = languages == null ? List.of() : List.copyOf(languages);
        tags = tags == null ? null : List.copyOf(tags);
    }
}
