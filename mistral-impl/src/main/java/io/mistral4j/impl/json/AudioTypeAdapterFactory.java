package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import io.mistral4j.audio.SpeechEvent;
import io.mistral4j.audio.TranscriptionEvent;
import io.mistral4j.impl.json.tagged.DiscriminatedAdapter;
import io.mistral4j.impl.json.tagged.TaggedRecordAdapter;
import io.mistral4j.impl.json.tagged.UnknownTaggedAdapter;
import java.util.Map;

/**
 * Adapters of the audio types: transcription and speech events told apart by {@code type}, an
 * unknown type kept whole as an {@code Unknown} event.
 */
final class AudioTypeAdapterFactory implements TypeAdapterFactory {

    private static final Map<String, Class<? extends TranscriptionEvent>> EVENTS = Map.of(
            TranscriptionEvent.Language.TYPE, TranscriptionEvent.Language.class,
            TranscriptionEvent.Segment.TYPE, TranscriptionEvent.Segment.class,
            TranscriptionEvent.TextDelta.TYPE, TranscriptionEvent.TextDelta.class,
            TranscriptionEvent.Done.TYPE, TranscriptionEvent.Done.class);

    private static final Map<String, Class<? extends SpeechEvent>> SPEECH_EVENTS = Map.of(
            SpeechEvent.AudioDelta.TYPE, SpeechEvent.AudioDelta.class,
            SpeechEvent.Done.TYPE, SpeechEvent.Done.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == SpeechEvent.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", SPEECH_EVENTS,
                    (json, tag, object) -> new SpeechEvent.Unknown(tag,
                            UnknownTaggedAdapter.fieldsBesideTag(json, object, "type"))).nullSafe();
        }
        if (raw == TranscriptionEvent.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", EVENTS,
                    AudioTypeAdapterFactory::unknownEvent).nullSafe();
        }
        if (EVENTS.containsValue(raw)) {
            return new TaggedRecordAdapter<>(gson.getDelegateAdapter(this, type), gson, "type",
                    value -> ((TranscriptionEvent) value).type()).nullSafe();
        }
        if (raw == TranscriptionEvent.Unknown.class) {
            return (TypeAdapter<T>) new UnknownTaggedAdapter<>(gson, "type", TranscriptionEvent.Unknown::type,
                    TranscriptionEvent.Unknown::fields, AudioTypeAdapterFactory::unknownEvent).nullSafe();
        }
        return null;
    }

    private static TranscriptionEvent.Unknown unknownEvent(Gson gson, String type, JsonObject object) {
        return new TranscriptionEvent.Unknown(type, UnknownTaggedAdapter.fieldsBesideTag(gson, object, "type"));
    }
}
