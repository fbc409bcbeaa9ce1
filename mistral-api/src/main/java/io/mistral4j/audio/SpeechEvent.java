package io.mistral4j.audio;

import io.mistral4j.chat.Usage;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * One event of streamed speech, told apart by {@link #type()}: a piece of audio, then the end
 * with the usage. A type this version does not know is kept as an {@link Unknown} event.
 */
public sealed interface SpeechEvent permits SpeechEvent.AudioDelta, SpeechEvent.Done, SpeechEvent.Unknown {

    /** The event's type as sent, e.g. {@code speech.audio.delta}. */
    String type();

    /**
     * {@code speech.audio.delta}: the next piece of audio, base64 encoded.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param audioData the piece of audio, base64 encoded
     */
    record AudioDelta(String audioData) implements SpeechEvent {
        /** The tag of this event. */
        public static final String TYPE = "speech.audio.delta";

        @Override
        public String type() {
            return TYPE;
        }

        /** The piece of audio decoded. */
        public byte[] bytes() {
            return audioData == null ? new byte[0] : Base64.getDecoder().decode(audioData);
        }

        /** A short description; the audio itself is left out. */
        @Override
        public String toString() {
            return "AudioDelta[" + (audioData == null ? 0 : audioData.length()) + " base64 characters]";
        }
    }

    /**
     * {@code speech.audio.done}: the audio is complete.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param usage the tokens the call used
     */
    record Done(Usage usage) implements SpeechEvent {
        /** The tag of this event. */
        public static final String TYPE = "speech.audio.done";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An event of a type this version does not model; its fields are kept as plain Java values.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param type   the event's type as sent
     * @param fields its other fields
     */
    record Unknown(String type, Map<String, Object> fields) implements SpeechEvent {
        /** Requires the type; copies the fields, a missing map becoming empty. */
        public Unknown {
            Objects.requireNonNull(type, "type");
            fields = fields == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}
