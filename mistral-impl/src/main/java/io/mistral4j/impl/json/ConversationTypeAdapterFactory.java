package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.conversations.ConversationEntry;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.impl.json.tagged.DiscriminatedAdapter;
import io.mistral4j.impl.json.tagged.TaggedRecordAdapter;
import io.mistral4j.impl.json.tagged.UnknownTaggedAdapter;
import java.io.IOException;
import java.util.Map;

/**
 * Adapters of the conversation types: entries and stream events told apart by {@code type}, an
 * unknown type kept whole (and an unknown entry written back as it came); a function call's
 * arguments read whether they come as a JSON text or as an object.
 */
final class ConversationTypeAdapterFactory implements TypeAdapterFactory {

    private static final Map<String, Class<? extends ConversationEntry>> ENTRIES = Map.of(
            ConversationEntry.MessageInput.TYPE, ConversationEntry.MessageInput.class,
            ConversationEntry.MessageOutput.TYPE, ConversationEntry.MessageOutput.class,
            ConversationEntry.FunctionCall.TYPE, ConversationEntry.FunctionCall.class,
            ConversationEntry.FunctionResult.TYPE, ConversationEntry.FunctionResult.class,
            ConversationEntry.ToolExecution.TYPE, ConversationEntry.ToolExecution.class,
            ConversationEntry.AgentHandoff.TYPE, ConversationEntry.AgentHandoff.class);

    private static final Map<String, Class<? extends ConversationEvent>> EVENTS = Map.of(
            ConversationEvent.ResponseStarted.TYPE, ConversationEvent.ResponseStarted.class,
            ConversationEvent.ResponseDone.TYPE, ConversationEvent.ResponseDone.class,
            ConversationEvent.ResponseError.TYPE, ConversationEvent.ResponseError.class,
            ConversationEvent.MessageOutputDelta.TYPE, ConversationEvent.MessageOutputDelta.class,
            ConversationEvent.ToolExecutionStarted.TYPE, ConversationEvent.ToolExecutionStarted.class,
            ConversationEvent.ToolExecutionDelta.TYPE, ConversationEvent.ToolExecutionDelta.class,
            ConversationEvent.ToolExecutionDone.TYPE, ConversationEvent.ToolExecutionDone.class,
            ConversationEvent.FunctionCallDelta.TYPE, ConversationEvent.FunctionCallDelta.class,
            ConversationEvent.AgentHandoffStarted.TYPE, ConversationEvent.AgentHandoffStarted.class,
            ConversationEvent.AgentHandoffDone.TYPE, ConversationEvent.AgentHandoffDone.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == ConversationEntry.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", ENTRIES,
                    ConversationTypeAdapterFactory::unknownEntry).nullSafe();
        }
        if (raw == ConversationEntry.FunctionCall.class) {
            TypeAdapter<T> tagged = new TaggedRecordAdapter<>(gson.getDelegateAdapter(this, type), gson, "type",
                    value -> ((ConversationEntry) value).type());
            return new ArgumentsAsText<>(tagged, gson.getAdapter(JsonElement.class)).nullSafe();
        }
        if (ENTRIES.containsValue(raw)) {
            return new TaggedRecordAdapter<>(gson.getDelegateAdapter(this, type), gson, "type",
                    value -> ((ConversationEntry) value).type()).nullSafe();
        }
        if (raw == ConversationEntry.Unknown.class) {
            return (TypeAdapter<T>) new UnknownTaggedAdapter<>(gson, "type", ConversationEntry.Unknown::type,
                    ConversationEntry.Unknown::fields, ConversationTypeAdapterFactory::unknownEntry).nullSafe();
        }
        if (raw == ConversationEvent.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", EVENTS,
                    ConversationTypeAdapterFactory::unknownEvent).nullSafe();
        }
        if (EVENTS.containsValue(raw)) {
            return new TaggedRecordAdapter<>(gson.getDelegateAdapter(this, type), gson, "type",
                    value -> ((ConversationEvent) value).type()).nullSafe();
        }
        if (raw == ConversationEvent.Unknown.class) {
            return (TypeAdapter<T>) new UnknownTaggedAdapter<>(gson, "type", ConversationEvent.Unknown::type,
                    ConversationEvent.Unknown::fields, ConversationTypeAdapterFactory::unknownEvent).nullSafe();
        }
        return null;
    }

    private static ConversationEntry.Unknown unknownEntry(Gson gson, String type, JsonObject object) {
        return new ConversationEntry.Unknown(type, UnknownTaggedAdapter.fieldsBesideTag(gson, object, "type"));
    }

    private static ConversationEvent.Unknown unknownEvent(Gson gson, String type, JsonObject object) {
        return new ConversationEvent.Unknown(type, UnknownTaggedAdapter.fieldsBesideTag(gson, object, "type"));
    }

    /** A function call entry whose {@code arguments} may come as an object: read as its JSON text. */
    private static final class ArgumentsAsText<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> delegate;
        private final TypeAdapter<JsonElement> elements;

        ArgumentsAsText(TypeAdapter<T> delegate, TypeAdapter<JsonElement> elements) {
            this.delegate = delegate;
            this.elements = elements;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            delegate.write(out, value);
        }

        @Override
        public T read(JsonReader in) throws IOException {
            JsonObject object = elements.read(in).getAsJsonObject();
            JsonElement arguments = object.get("arguments");
            if (arguments != null && !arguments.isJsonNull() && !arguments.isJsonPrimitive()) {
                object.addProperty("arguments", arguments.toString());
            }
            return delegate.fromJsonTree(object);
        }
    }
}
