package io.mistral4j.impl.json;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.embeddings.Embedding;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.impl.body.Base64Value;
import io.mistral4j.impl.body.StreamedJsonBody;
import io.mistral4j.spi.RequestBody;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The one JSON configuration of the client: snake_case on the wire, nulls left out, unknown
 * fields ignored, numbers in free-form maps read as {@code Long} or {@code Double}, and
 * adapters for the sealed and open types of the API. Built once per client, thread-safe.
 */
public final class JsonCodec {

    private final Gson gson;
    private final EmbeddingResponseReader embeddings;
    private final CompletionChunkReader chunks;
    private final ChatResponseReader chatAnswers = new ChatResponseReader();
    /** Unguessable, so no text of a request can be taken for the place of a streamed value. */
    private final String placeholderPrefix = placeholderPrefix();

    public JsonCodec() {
        this.gson = new GsonBuilder()
                .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
                .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
                .disableHtmlEscaping()
                .registerTypeAdapterFactory(new OpenEnumAdapterFactory())
                .registerTypeAdapterFactory(new ChatTypeAdapterFactory())
                .registerTypeAdapterFactory(new ChatAnswerAdapterFactory())
                .registerTypeAdapterFactory(new ResourceTypeAdapterFactory())
                .registerTypeAdapterFactory(new ClassifiersTypeAdapterFactory())
                .registerTypeAdapter(Embedding.class, new EmbeddingAdapter())
                .registerTypeAdapter(io.mistral4j.chat.ReferenceId.class, new ReferenceIdAdapter())
                .registerTypeAdapterFactory(new OcrTypeAdapterFactory())
                .registerTypeAdapterFactory(new AgentTypeAdapterFactory())
                .registerTypeAdapterFactory(new AudioTypeAdapterFactory())
                .registerTypeAdapterFactory(new ConversationTypeAdapterFactory())
                .registerTypeAdapterFactory(new ConnectorsTypeAdapterFactory())
                .registerTypeAdapter(java.time.Instant.class, new InstantAdapter().nullSafe())
                .create();
        this.embeddings = new EmbeddingResponseReader(gson);
        this.chunks = new CompletionChunkReader(gson);
    }

    public Gson gson() {
        return gson;
    }

    /** A reader for the chunks of one chat stream, which reads what repeats from chunk to chunk once. */
    public StreamChunkReader streamChunkReader() {
        return new StreamChunkReader(this);
    }

    CompletionChunkReader chunkReader() {
        return chunks;
    }

    /** Serialises {@code value} to UTF-8 JSON. */
    public byte[] toJsonBytes(Object value) {
        return gson.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    public String toJson(Object value) {
        return gson.toJson(value);
    }

    /**
     * Serialises a request object and adds top-level fields the typed request does not hold
     * (such as {@code stream}). The fields are appended to the object's text rather than merged
     * into a JSON tree, so a streamed request costs what a plain one does.
     */
    public byte[] toJsonBytes(Object request, JsonObject extraFields) {
        return toJsonText(request, extraFields).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A request object as a JSON request body, with {@code extraFields} (which may be null) as in
     * {@link #toJsonBytes(Object, JsonObject)}: bytes in memory, or, when the request holds large
     * values such as audio files, a {@link StreamedJsonBody} that encodes them while it is sent.
     */
    public RequestBody toJsonBody(Object request, JsonObject extraFields) {
        String json;
        List<Base64Value> streamed;
        try (StreamedValues values = StreamedValues.open(placeholderPrefix)) {
            json = toJsonText(request, extraFields);
            streamed = values.values();
        }
        if (streamed.isEmpty()) {
            return RequestBody.ofBytes(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }
        return new StreamedJsonBody(json, placeholderPrefix, streamed);
    }

    private String toJsonText(Object request, JsonObject extraFields) {
        if (extraFields == null || extraFields.size() == 0) {
            return gson.toJson(request);
        }
        StringBuilder json = new StringBuilder(256);
        gson.toJson(request, json);
        int end = json.length() - 1;
        if (end < 1 || json.charAt(0) != '{' || json.charAt(end) != '}') {
            return json.toString(); // not an object: nothing to add to
        }
        json.setLength(end);
        boolean first = end == 1;
        for (var field : extraFields.entrySet()) {
            if (field.getValue().isJsonNull()) {
                continue; // null members are left out, as everywhere else
            }
            if (!first) {
                json.append(',');
            }
            first = false;
            gson.toJson(new com.google.gson.JsonPrimitive(field.getKey()), json);
            json.append(':');
            gson.toJson(field.getValue(), json);
        }
        return json.append('}').toString();
    }

    private static String placeholderPrefix() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return "mistral4j-streamed-" + HexFormat.of().formatHex(random) + "-";
    }

    /** Parses {@code json}; any malformed or mis-shaped input becomes a {@link JsonParseException}. */
    public <T> T fromJson(String json, Class<T> type) {
        return fromJson(json, TypeToken.get(type).getType());
    }

    @SuppressWarnings("unchecked")
    public <T> T fromJson(String json, Type type) {
        if (type == CompletionChunk.class) {
            // Nearly every event of a chat stream: read where it stands when its shape is plain.
            CompletionChunk fast = chunks.read(json);
            if (fast != null) {
                return (T) fast;
            }
        }
        if (type == ChatCompletionResponse.class) {
            // The answer of every chat call: read where it stands when its shape is plain.
            ChatCompletionResponse fast = chatAnswers.read(json);
            if (fast != null) {
                return (T) fast;
            }
        }
        if (type == EmbeddingResponse.class) {
            // Embedding answers are mostly numbers: read them without the tokenizer when the shape is plain.
            EmbeddingResponse fast = embeddings.read(json);
            if (fast != null) {
                return (T) fast;
            }
        }
        return withGson(json, type);
    }

    /** Parses {@code json} with Gson alone, for a text a hand-written reader has given up on already. */
    <T> T withGson(String json, Type type) {
        try {
            T value = gson.fromJson(json, type);
            if (value == null) {
                throw new JsonParseException("empty JSON document");
            }
            return value;
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // Record constructors and Gson internals throw plain runtime exceptions on bad shapes.
            throw new JsonParseException(e.getMessage(), e);
        }
    }
}
