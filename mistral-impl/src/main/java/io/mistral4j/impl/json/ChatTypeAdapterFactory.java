package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.DocumentUrlChunk;
import io.mistral4j.chat.FileChunk;
import io.mistral4j.chat.FunctionCall;
import io.mistral4j.chat.FunctionToolChoice;
import io.mistral4j.chat.ImageUrl;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.ReferenceChunk;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolChoiceMode;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolType;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.Usage;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.impl.json.tagged.DiscriminatedAdapter;
import io.mistral4j.impl.json.tagged.TaggedRecordAdapter;
import io.mistral4j.impl.json.tagged.UnknownTaggedAdapter;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Adapters for the chat types whose JSON is not a plain record: messages told apart by
 * {@code role}, content chunks told apart by {@code type}, content that is a string or a list,
 * tool choice that is a string or an object, function arguments that are a string or an
 * object, an image URL that is a string or an object, and usage whose prompt token details
 * come under either of the two names the spec gives them.
 */
final class ChatTypeAdapterFactory implements TypeAdapterFactory {

    private static final Map<String, Class<? extends Message>> MESSAGES = Map.of(
            SystemMessage.ROLE, SystemMessage.class,
            UserMessage.ROLE, UserMessage.class,
            AssistantMessage.ROLE, AssistantMessage.class,
            ToolMessage.ROLE, ToolMessage.class);

    private static final Map<String, Class<? extends ContentChunk>> CHUNKS = Map.of(
            TextChunk.TYPE, TextChunk.class,
            ImageUrlChunk.TYPE, ImageUrlChunk.class,
            DocumentUrlChunk.TYPE, DocumentUrlChunk.class,
            ReferenceChunk.TYPE, ReferenceChunk.class,
            FileChunk.TYPE, FileChunk.class,
            ThinkChunk.TYPE, ThinkChunk.class,
            AudioChunk.TYPE, AudioChunk.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == ChatCompletionRequest.class) {
            return (TypeAdapter<T>) new ChatRequestAdapter(gson,
                    (TypeAdapter<ChatCompletionRequest>) gson.getDelegateAdapter(this, type));
        }
        if (raw == Message.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "role", MESSAGES, null).nullSafe();
        }
        if (raw == ContentChunk.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", CHUNKS, ChatTypeAdapterFactory::unknownChunk)
                    .nullSafe();
        }
        if (raw == AudioChunk.class) {
            return (TypeAdapter<T>) new AudioChunkAdapter().nullSafe();
        }
        if (MESSAGES.containsValue(raw)) {
            return (TypeAdapter<T>) new MessageAdapter(roleOf(raw), gson).nullSafe();
        }
        if (CHUNKS.containsValue(raw)) {
            return (TypeAdapter<T>) new TaggedRecordAdapter<>(gson.getDelegateAdapter(this, type), gson, "type",
                    value -> ((ContentChunk) value).type()).nullSafe();
        }
        if (raw == UnknownChunk.class) {
            return (TypeAdapter<T>) new UnknownTaggedAdapter<>(gson, "type", UnknownChunk::type, UnknownChunk::fields,
                    ChatTypeAdapterFactory::unknownChunk).nullSafe();
        }
        if (raw == Content.class) {
            return (TypeAdapter<T>) new ContentAdapter(gson.getAdapter(new TypeToken<List<ContentChunk>>() { }))
                    .nullSafe();
        }
        if (raw == ToolChoice.class) {
            return (TypeAdapter<T>) new ToolChoiceAdapter(gson).nullSafe();
        }
        if (raw == FunctionCall.class) {
            return (TypeAdapter<T>) new FunctionCallAdapter(gson).nullSafe();
        }
        if (raw == ImageUrl.class) {
            return (TypeAdapter<T>) new ImageUrlAdapter(gson.getDelegateAdapter(this, TypeToken.get(ImageUrl.class)))
                    .nullSafe();
        }
        if (raw == Usage.class) {
            return (TypeAdapter<T>) new UsageAdapter(gson.getDelegateAdapter(this, TypeToken.get(Usage.class)),
                    gson.getAdapter(Usage.PromptTokensDetails.class)).nullSafe();
        }
        return null;
    }

    private static String roleOf(Class<?> messageType) {
        for (Map.Entry<String, Class<? extends Message>> entry : MESSAGES.entrySet()) {
            if (entry.getValue() == messageType) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException(messageType.getName());
    }

    private static UnknownChunk unknownChunk(Gson gson, String type, JsonObject object) {
        JsonObject fields = object.deepCopy();
        fields.remove("type");
        removeNullMembers(fields);
        Map<String, Object> map = gson.fromJson(fields, new TypeToken<Map<String, Object>>() { }.getType());
        return new UnknownChunk(type, map);
    }

    /**
     * Drops members whose value is null, at every depth. The writer leaves null members out, so
     * keeping them would make a parsed chunk differ from the same chunk written and parsed again.
     */
    private static void removeNullMembers(JsonElement element) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().removeIf(member -> member.getValue().isJsonNull());
            element.getAsJsonObject().entrySet().forEach(member -> removeNullMembers(member.getValue()));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(ChatTypeAdapterFactory::removeNullMembers);
        }
    }

    /**
     * The four message records, by hand: every request writes its messages and every answer
     * reads one, so neither goes through reflection or a JSON tree. Writes {@code role} first,
     * then the record's fields in order, leaving out nulls and an empty {@code tool_calls}; reads
     * ignoring {@code role} (the type is already known) and unknown fields.
     */
    static final class MessageAdapter extends TypeAdapter<Message> {
        private final String role;
        private final TypeAdapter<Content> content;
        private final TypeAdapter<ToolCall> toolCall;

        MessageAdapter(String role, Gson gson) {
            this.role = role;
            this.content = gson.getAdapter(Content.class);
            this.toolCall = gson.getAdapter(ToolCall.class);
        }

        @Override
        public void write(JsonWriter out, Message value) throws IOException {
            out.beginObject();
            out.name("role").value(role);
            if (value instanceof UserMessage user) {
                content(out, user.content());
            } else if (value instanceof AssistantMessage assistant) {
                content(out, assistant.content());
                if (!assistant.toolCalls().isEmpty()) {
                    out.name("tool_calls").beginArray();
                    for (ToolCall call : assistant.toolCalls()) {
                        toolCall.write(out, call);
                    }
                    out.endArray();
                }
                if (assistant.prefix() != null) {
                    out.name("prefix").value(assistant.prefix());
                }
            } else if (value instanceof SystemMessage system) {
                content(out, system.content());
            } else if (value instanceof ToolMessage tool) {
                content(out, tool.content());
                if (tool.toolCallId() != null) {
                    out.name("tool_call_id").value(tool.toolCallId());
                }
                if (tool.name() != null) {
                    out.name("name").value(tool.name());
                }
            }
            out.endObject();
        }

        private void content(JsonWriter out, Content value) throws IOException {
            if (value != null) {
                out.name("content");
                content.write(out, value);
            }
        }

        @Override
        public Message read(JsonReader in) throws IOException {
            Content text = null;
            List<ToolCall> toolCalls = null;
            Boolean prefix = null;
            String toolCallId = null;
            String name = null;
            boolean assistant = role.equals(AssistantMessage.ROLE);
            boolean tool = role.equals(ToolMessage.ROLE);
            in.beginObject();
            while (in.hasNext()) {
                String field = in.nextName();
                if (field.equals("content")) {
                    text = content.read(in);
                } else if (assistant && field.equals("tool_calls")) {
                    toolCalls = ChatAnswerAdapterFactory.list(in, toolCall);
                } else if (assistant && field.equals("prefix")) {
                    prefix = JsonValues.booleanOrNull(in);
                } else if (tool && field.equals("tool_call_id")) {
                    toolCallId = JsonValues.string(in);
                } else if (tool && field.equals("name")) {
                    name = JsonValues.string(in);
                } else {
                    in.skipValue(); // the role, and fields of other roles or unknown to this version
                }
            }
            in.endObject();
            return switch (role) {
                case UserMessage.ROLE -> new UserMessage(text);
                case AssistantMessage.ROLE -> new AssistantMessage(text, toolCalls, prefix);
                case SystemMessage.ROLE -> new SystemMessage(text);
                default -> new ToolMessage(text, toolCallId, name);
            };
        }
    }

    /** Content is a string or a list of chunks. */
    private static final class ContentAdapter extends TypeAdapter<Content> {
        private final TypeAdapter<List<ContentChunk>> chunks;

        ContentAdapter(TypeAdapter<List<ContentChunk>> chunks) {
            this.chunks = chunks;
        }

        @Override
        public void write(JsonWriter out, Content value) throws IOException {
            if (value instanceof Content.Text) {
                out.value(((Content.Text) value).text());
            } else {
                chunks.write(out, ((Content.Chunks) value).chunks());
            }
        }

        @Override
        public Content read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.STRING) {
                return new Content.Text(in.nextString());
            }
            if (token == JsonToken.BEGIN_ARRAY) {
                return new Content.Chunks(chunks.read(in));
            }
            throw new JsonParseException("expected content as a string or a list of chunks at " + in.getPath()
                    + ", found " + token);
        }
    }

    /** Tool choice is a mode string or {@code {"type":"function","function":{"name":...}}}. */
    private static final class ToolChoiceAdapter extends TypeAdapter<ToolChoice> {
        private final Gson gson;

        ToolChoiceAdapter(Gson gson) {
            this.gson = gson;
        }

        @Override
        public void write(JsonWriter out, ToolChoice value) throws IOException {
            if (value instanceof ToolChoiceMode) {
                out.value(((ToolChoiceMode) value).value());
                return;
            }
            FunctionToolChoice named = (FunctionToolChoice) value;
            out.beginObject();
            out.name("type").value(named.type().value());
            out.name("function").beginObject().name("name").value(named.name()).endObject();
            out.endObject();
        }

        @Override
        public ToolChoice read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.STRING) {
                return ToolChoiceMode.of(in.nextString());
            }
            JsonObject object = JsonParser.parseReader(in).getAsJsonObject();
            JsonElement type = object.get("type");
            JsonElement function = object.get("function");
            if (function == null || !function.isJsonObject() || !function.getAsJsonObject().has("name")) {
                throw new JsonParseException("tool_choice object without function.name: " + object);
            }
            return new FunctionToolChoice(type == null ? ToolType.FUNCTION : ToolType.of(type.getAsString()),
                    function.getAsJsonObject().get("name").getAsString());
        }
    }

    /** Arguments arrive as a JSON string or as an object; both become the JSON text. */
    private static final class FunctionCallAdapter extends TypeAdapter<FunctionCall> {
        private final TypeAdapter<JsonElement> elements;

        FunctionCallAdapter(Gson gson) {
            this.elements = gson.getAdapter(JsonElement.class);
        }

        @Override
        public void write(JsonWriter out, FunctionCall value) throws IOException {
            out.beginObject();
            if (value.name() != null) {
                out.name("name").value(value.name());
            }
            if (value.arguments() != null) {
                out.name("arguments").value(value.arguments());
            }
            out.endObject();
        }

        @Override
        public FunctionCall read(JsonReader in) throws IOException {
            String name = null;
            String arguments = null;
            in.beginObject();
            while (in.hasNext()) {
                String field = in.nextName();
                if (field.equals("name") && in.peek() != JsonToken.NULL) {
                    name = in.nextString();
                } else if (field.equals("arguments") && in.peek() == JsonToken.STRING) {
                    arguments = in.nextString();
                } else if (field.equals("arguments") && in.peek() != JsonToken.NULL) {
                    arguments = elements.read(in).toString();
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            return new FunctionCall(name, arguments);
        }
    }

    /**
     * The spec's UsageInfo has both {@code prompt_tokens_details} and {@code prompt_token_details};
     * the second is read when the first is absent. Read field by field: usage comes with every
     * answer.
     */
    private static final class UsageAdapter extends TypeAdapter<Usage> {
        private final TypeAdapter<Usage> delegate;
        private final TypeAdapter<Usage.PromptTokensDetails> details;

        UsageAdapter(TypeAdapter<Usage> delegate, TypeAdapter<Usage.PromptTokensDetails> details) {
            this.delegate = delegate;
            this.details = details;
        }

        @Override
        public void write(JsonWriter out, Usage value) throws IOException {
            delegate.write(out, value);
        }

        @Override
        public Usage read(JsonReader in) throws IOException {
            int prompt = 0;
            int completion = 0;
            int total = 0;
            Integer audioSeconds = null;
            Integer cached = null;
            Usage.PromptTokensDetails promptDetails = null;
            Usage.PromptTokensDetails alias = null;
            String serviceTier = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "prompt_tokens" -> prompt = JsonValues.intValue(in);
                    case "completion_tokens" -> completion = JsonValues.intValue(in);
                    case "total_tokens" -> total = JsonValues.intValue(in);
                    case "prompt_audio_seconds" -> audioSeconds = JsonValues.integerOrNull(in);
                    case "num_cached_tokens" -> cached = JsonValues.integerOrNull(in);
                    case "prompt_tokens_details" -> promptDetails = details.read(in);
                    case "prompt_token_details" -> alias = details.read(in);
                    case "service_tier" -> serviceTier = JsonValues.string(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new Usage(prompt, completion, total, audioSeconds, cached,
                    promptDetails != null ? promptDetails : alias, serviceTier);
        }
    }

    /** {@code image_url} is a bare URL string or {@code {"url":...,"detail":...}}. */
    private static final class ImageUrlAdapter extends TypeAdapter<ImageUrl> {
        private final TypeAdapter<ImageUrl> delegate;

        ImageUrlAdapter(TypeAdapter<ImageUrl> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(JsonWriter out, ImageUrl value) throws IOException {
            delegate.write(out, value);
        }

        @Override
        public ImageUrl read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.STRING) {
                return new ImageUrl(in.nextString(), null);
            }
            return delegate.read(in);
        }
    }
}
