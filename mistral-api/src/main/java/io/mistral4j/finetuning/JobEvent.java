package io.mistral4j.finetuning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something that happened to a fine-tuning job, such as a status change.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name      the event's name, e.g. {@code status-updated}
 * @param data      its details, or an empty map
 * @param createdAt when, seconds since the epoch
 */
public record JobEvent(String name, Map<String, Object> data, long createdAt) {

    /** Copies {@code data} unmodifiably, keeping its order (null becomes an empty map). */
    public JobEvent {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
