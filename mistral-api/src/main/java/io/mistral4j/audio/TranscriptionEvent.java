package io.mistral4j.audio;

import io.mistral4j.chat.Usage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a streamed transcription, told apart by {@link #type()}: the language heard,
 * a timed segment, a piece of text, and the whole transcription last. A type this version does
 * not know is kept as an {@link Unknown} event rather than failing the stream.
 */
public sealed interface TranscriptionEvent permits TranscriptionEvent.Language, TranscriptionEvent.Segment,
        TranscriptionEvent.TextDelta, TranscriptionEvent.Done, TranscriptionEvent.Unknown {

    /** The event's type as sent, e.g. {@code transcription.text.delta}. */
    String type();

    /**
     * {@code transcription.language}: the language of the audio.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param audioLanguage the language as two letters
     */
    record Language(String audioLanguage) implements TranscriptionEvent {
        /** The tag of this event. */
        public static final String TYPE = "transcription.language";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code transcription.segment}: a timed segment, once its text is known.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param text      the segment's text
     * @param start     its start in seconds
     * @param end       its end in seconds
     * @param speakerId the speaker, or null
     */
    record Segment(String text, double start, double end, String speakerId) implements TranscriptionEvent {
        /** The tag of this event. */
        public static final String TYPE = "transcription.segment";

        @Override
        public String type() {
            return TYPE;
        }

        /** This segment as one of a transcription's segments. */
        public TranscriptionSegment toSegment() {
            return new TranscriptionSegment(text, start, end, null, speakerId);
        }
    }

    /**
     * {@code transcription.text.delta}: the next piece of text.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param text the piece of text
     */
    record TextDelta(String text) implements TranscriptionEvent {
        /** The tag of this event. */
        public static final String TYPE = "transcription.text.delta";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * {@code transcription.done}: the whole transcription, the last event.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param model    the model that transcribed
     * @param text     the whole text
     * @param language the language as two letters, or null
     * @param segments the timed segments; empty when none were asked for
     * @param usage    tokens and seconds of audio
     */
    record Done(String model, String text, String language, List<TranscriptionSegment> segments, Usage usage)
            implements TranscriptionEvent {
        /** The tag of this event. */
        public static final String TYPE = "transcription.done";

        /** Copies the segments, missing ones becoming empty. */
        public Done {
            segments = segments == null ? List.of() : List.copyOf(segments);
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** The transcription this event carries, as the plain call answers it. */
        public Transcription toTranscription() {
            return new Transcription(model, text, language, segments, usage);
        }
    }

    /**
     * An event of a type this version does not model; its fields are kept as plain Java values
     * (String, Number, Boolean, List, Map).
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param type   the event's type as sent
     * @param fields its other fields
     */
    record Unknown(String type, Map<String, Object> fields) implements TranscriptionEvent {
        /** Requires the type; copies the fields, a missing map becoming empty. */
        public Unknown {
            Objects.requireNonNull(type, "type");
            fields = fields == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}
