package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.Message;
import io.mistral4j.classifiers.ChatClassificationRequest;
import io.mistral4j.classifiers.ChatModerationRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The chat moderation and chat classification requests, whose {@code input} has two shapes.
 * Moderation: one conversation is an array of messages, several an array of arrays.
 * Classification: one conversation is {@code {"messages":[...]}}, several an array of those.
 * One conversation is written in the single form, which every server version accepts; both
 * forms are read.
 */
final class ClassifiersTypeAdapterFactory implements TypeAdapterFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == ChatModerationRequest.class) {
            return (TypeAdapter<T>) new ConversationsRequestAdapter<>(gson, false, ChatModerationRequest::model,
                    ChatModerationRequest::input, ChatModerationRequest::new).nullSafe();
        }
        if (raw == ChatClassificationRequest.class) {
            return (TypeAdapter<T>) new ConversationsRequestAdapter<>(gson, true, ChatClassificationRequest::model,
                    ChatClassificationRequest::input, ChatClassificationRequest::new).nullSafe();
        }
        return null;
    }

    /** {@code {"model":..., "input":...}} where input holds conversations in one of the two shapes. */
    private static final class ConversationsRequestAdapter<R> extends TypeAdapter<R> {
        private final TypeAdapter<List<Message>> messages;
        private final TypeAdapter<JsonElement> elements;
        private final boolean wrapped;
        private final Function<R, String> model;
        private final Function<R, List<List<Message>>> input;
        private final BiFunction<String, List<List<Message>>, R> create;

        ConversationsRequestAdapter(Gson gson, boolean wrapped, Function<R, String> model,
                                    Function<R, List<List<Message>>> input,
                                    BiFunction<String, List<List<Message>>, R> create) {
            this.messages = gson.getAdapter(new TypeToken<List<Message>>() { });
            this.elements = gson.getAdapter(JsonElement.class);
            this.wrapped = wrapped;
            this.model = model;
            this.input = input;
            this.create = create;
        }

        @Override
        public void write(JsonWriter out, R value) throws IOException {
            out.beginObject();
            if (model.apply(value) != null) {
                out.name("model").value(model.apply(value));
            }
            List<List<Message>> conversations = input.apply(value);
            if (conversations != null) {
                out.name("input");
                if (conversations.size() == 1) {
                    writeConversation(out, conversations.get(0));
                } else {
                    out.beginArray();
                    for (List<Message> conversation : conversations) {
                        writeConversation(out, conversation);
                    }
                    out.endArray();
                }
            }
            out.endObject();
        }

        private void writeConversation(JsonWriter out, List<Message> conversation) throws IOException {
            if (wrapped) {
                out.beginObject().name("messages");
                messages.write(out, conversation);
                out.endObject();
            } else {
                messages.write(out, conversation);
            }
        }

        @Override
        public R read(JsonReader in) throws IOException {
            JsonObject object = elements.read(in).getAsJsonObject();
            JsonElement modelElement = object.get("model");
            JsonElement inputElement = object.get("input");
            List<List<Message>> conversations = inputElement == null || inputElement.isJsonNull() ? null
                    : readConversations(inputElement);
            return create.apply(modelElement == null || modelElement.isJsonNull() ? null : modelElement.getAsString(),
                    conversations);
        }

        private List<List<Message>> readConversations(JsonElement input) {
            List<List<Message>> conversations = new ArrayList<>();
            if (wrapped && input.isJsonObject()) {
                conversations.add(unwrap(input));
            } else if (wrapped && input.isJsonArray()) {
                input.getAsJsonArray().forEach(item -> conversations.add(unwrap(item)));
            } else if (!wrapped && input.isJsonArray()) {
                JsonArray array = input.getAsJsonArray();
                if (!array.isEmpty() && array.get(0).isJsonArray()) {
                    array.forEach(item -> conversations.add(messages.fromJsonTree(item)));
                } else {
                    conversations.add(messages.fromJsonTree(array));
                }
            } else {
                throw new JsonParseException("unexpected input shape: " + input);
            }
            return conversations;
        }

        private List<Message> unwrap(JsonElement conversation) {
            if (!conversation.isJsonObject() || !conversation.getAsJsonObject().has("messages")) {
                throw new JsonParseException("expected {\"messages\":[...]}, found " + conversation);
            }
            return messages.fromJsonTree(conversation.getAsJsonObject().get("messages"));
        }
    }
}
