package io.mistral4j.impl.json;

import io.mistral4j.impl.body.Base64Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The values one serialisation on this thread leaves to be streamed into the request body:
 * while it is open, an adapter writes a placeholder string for a large value instead of the
 * value itself ({@link #defer}). Outside of it (answers decoded and encoded again, batch
 * lines, logs) adapters write values whole.
 */
final class StreamedValues implements AutoCloseable {

    private static final ThreadLocal<StreamedValues> OPEN = new ThreadLocal<>();

    private final String placeholderPrefix;
    private final StreamedValues outer;
    private final List<Base64Value> values = new ArrayList<>();

    private StreamedValues(String placeholderPrefix, StreamedValues outer) {
        this.placeholderPrefix = placeholderPrefix;
        this.outer = outer;
    }

    /** Starts collecting on this thread until {@link #close()}. */
    static StreamedValues open(String placeholderPrefix) {
        StreamedValues values = new StreamedValues(placeholderPrefix, OPEN.get());
        OPEN.set(values);
        return values;
    }

    /** The collection open on this thread, or null when values are to be written whole. */
    static StreamedValues current() {
        return OPEN.get();
    }

    /** Keeps {@code value} for the body and returns the placeholder to write in its place. */
    String defer(Base64Value value) {
        values.add(value);
        return placeholderPrefix + (values.size() - 1);
    }

    String placeholderPrefix() {
        return placeholderPrefix;
    }

    List<Base64Value> values() {
        return values;
    }

    @Override
    public void close() {
        if (outer == null) {
            OPEN.remove();
        } else {
            OPEN.set(outer);
        }
    }
}
