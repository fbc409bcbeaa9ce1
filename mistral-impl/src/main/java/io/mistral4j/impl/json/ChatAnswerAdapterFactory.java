package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChunkChoice;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.DeltaMessage;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-written readers for the answers of chat completions, which every call and every stream
 * event decodes: {@link ChatCompletionResponse}, {@link CompletionChunk} and what they hold.
 * They read field by field without reflection or intermediate trees, ignore unknown fields, and
 * take null for a primitive as zero. Writing stays with Gson's record adapters (the same JSON the
 * readers accept), as answers are written only for logs and stored results.
 */
final class ChatAnswerAdapterFactory implements TypeAdapterFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        TypeAdapter<T> writer;
        if (raw == ChatCompletionResponse.class) {
            writer = gson.getDelegateAdapter(this, type);
            return (TypeAdapter<T>) new Response(gson, (TypeAdapter<ChatCompletionResponse>) writer).nullSafe();
        }
        if (raw == ChatCompletionChoice.class) {
            writer = gson.getDelegateAdapter(this, type);
            return (TypeAdapter<T>) new Choice(gson, (TypeAdapter<ChatCompletionChoice>) writer).nullSafe();
        }
        if (raw == CompletionChunk.class) {
            writer = gson.getDelegateAdapter(this, type);
            return (TypeAdapter<T>) new Chunk(gson, (TypeAdapter<CompletionChunk>) writer).nullSafe();
        }
        if (raw == ChunkChoice.class) {
            writer = gson.getDelegateAdapter(this, type);
            return (TypeAdapter<T>) new Delta(gson, (TypeAdapter<ChunkChoice>) writer).nullSafe();
        }
        if (raw == DeltaMessage.class) {
            writer = gson.getDelegateAdapter(this, type);
            return (TypeAdapter<T>) new DeltaMessageAdapter(gson, (TypeAdapter<DeltaMessage>) writer).nullSafe();
        }
        return null;
    }

    /** Reads a JSON array of {@code element}s; null stays null (the records turn it into an empty list). */
    static <E> List<E> list(JsonReader in, TypeAdapter<E> element) throws IOException {
        if (JsonValues.skipNull(in)) {
            return null;
        }
        List<E> values = new ArrayList<>(2);
        in.beginArray();
        while (in.hasNext()) {
            values.add(element.read(in));
        }
        in.endArray();
        return values;
    }

    private static FinishReason finishReason(JsonReader in) throws IOException {
        String value = JsonValues.enumText(in);
        return value == null ? null : FinishReason.of(value);
    }

    /** Reads with {@code reader}, writes with Gson's record adapter. */
    private abstract static class ReadOnly<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> writer;

        ReadOnly(TypeAdapter<T> writer) {
            this.writer = writer;
        }

        @Override
        public final void write(JsonWriter out, T value) throws IOException {
            writer.write(out, value);
        }
    }

    private static final class Response extends ReadOnly<ChatCompletionResponse> {
        private final TypeAdapter<Usage> usage;
        private final TypeAdapter<ChatCompletionChoice> choice;

        Response(Gson gson, TypeAdapter<ChatCompletionResponse> writer) {
            super(writer);
            this.usage = gson.getAdapter(Usage.class);
            this.choice = gson.getAdapter(ChatCompletionChoice.class);
        }

        @Override
        public ChatCompletionResponse read(JsonReader in) throws IOException {
            String id = null;
            String object = null;
            long created = 0;
            String model = null;
            Usage used = null;
            List<ChatCompletionChoice> choices = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "id" -> id = JsonValues.string(in);
                    case "object" -> object = JsonValues.string(in);
                    case "created" -> created = JsonValues.longValue(in);
                    case "model" -> model = JsonValues.string(in);
                    case "usage" -> used = usage.read(in);
                    case "choices" -> choices = list(in, choice);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new ChatCompletionResponse(id, object, created, model, used, choices);
        }
    }

    private static final class Choice extends ReadOnly<ChatCompletionChoice> {
        private final TypeAdapter<AssistantMessage> message;
        private final TypeAdapter<DeltaMessage> delta;

        Choice(Gson gson, TypeAdapter<ChatCompletionChoice> writer) {
            super(writer);
            this.message = gson.getAdapter(AssistantMessage.class);
            this.delta = gson.getAdapter(DeltaMessage.class);
        }

        @Override
        public ChatCompletionChoice read(JsonReader in) throws IOException {
            int index = 0;
            AssistantMessage assistant = null;
            FinishReason finish = null;
            List<DeltaMessage> messages = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "index" -> index = JsonValues.intValue(in);
                    case "message" -> assistant = message.read(in);
                    case "messages" -> messages = list(in, delta);
                    case "finish_reason" -> finish = finishReason(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new ChatCompletionChoice(index, assistant, finish, messages);
        }
    }

    private static final class Chunk extends ReadOnly<CompletionChunk> {
        private final TypeAdapter<Usage> usage;
        private final TypeAdapter<ChunkChoice> choice;

        Chunk(Gson gson, TypeAdapter<CompletionChunk> writer) {
            super(writer);
            this.usage = gson.getAdapter(Usage.class);
            this.choice = gson.getAdapter(ChunkChoice.class);
        }

        @Override
        public CompletionChunk read(JsonReader in) throws IOException {
            String id = null;
            String object = null;
            long created = 0;
            String model = null;
            Usage used = null;
            List<ChunkChoice> choices = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "id" -> id = JsonValues.string(in);
                    case "object" -> object = JsonValues.string(in);
                    case "created" -> created = JsonValues.longValue(in);
                    case "model" -> model = JsonValues.string(in);
                    case "usage" -> used = usage.read(in);
                    case "choices" -> choices = list(in, choice);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new CompletionChunk(id, object, created, model, used, choices);
        }
    }

    private static final class Delta extends ReadOnly<ChunkChoice> {
        private final TypeAdapter<DeltaMessage> delta;

        Delta(Gson gson, TypeAdapter<ChunkChoice> writer) {
            super(writer);
            this.delta = gson.getAdapter(DeltaMessage.class);
        }

        @Override
        public ChunkChoice read(JsonReader in) throws IOException {
            int index = 0;
            DeltaMessage message = null;
            FinishReason finish = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "index" -> index = JsonValues.intValue(in);
                    case "delta" -> message = delta.read(in);
                    case "finish_reason" -> finish = finishReason(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new ChunkChoice(index, message, finish);
        }
    }

    private static final class DeltaMessageAdapter extends ReadOnly<DeltaMessage> {
        private final TypeAdapter<Content> content;
        private final TypeAdapter<ToolCall> toolCall;
        private final TypeAdapter<Map<String, Object>> freeForm;

        DeltaMessageAdapter(Gson gson, TypeAdapter<DeltaMessage> writer) {
            super(writer);
            this.content = gson.getAdapter(Content.class);
            this.toolCall = gson.getAdapter(ToolCall.class);
            this.freeForm = gson.getAdapter(new TypeToken<Map<String, Object>>() { });
        }

        @Override
        public DeltaMessage read(JsonReader in) throws IOException {
            String role = null;
            Content text = null;
            List<ToolCall> calls = null;
            String toolCallId = null;
            Integer index = null;
            Map<String, Object> metadata = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "role" -> role = JsonValues.string(in);
                    case "content" -> text = content.read(in);
                    case "tool_calls" -> calls = list(in, toolCall);
                    case "tool_call_id" -> toolCallId = JsonValues.string(in);
                    case "index" -> index = JsonValues.integerOrNull(in);
                    case "metadata" -> metadata = freeForm.read(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new DeltaMessage(role, text, calls, toolCallId, index, metadata);
        }
    }
}
