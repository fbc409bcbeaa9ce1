package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.embeddings.EmbeddingRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extra top-level fields are appended to a request's JSON as if they had been merged into its tree. */
class StreamingRequestEncodingTest {

    private final JsonCodec codec = new JsonCodec();

    private static JsonObject stream() {
        JsonObject fields = new JsonObject();
        fields.addProperty("stream", true);
        return fields;
    }

    private static JsonElement parse(byte[] json) {
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void aChatRequestGainsTheStreamFlagAndKeepsEveryField() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("m").addSystemMessage("s")
                .addUserMessage("caf\u00e9 \"quoted\"").temperature(0.5).maxTokens(9)
                .metadata(Map.of("k", "v")).build();

        JsonObject expected = parse(codec.toJsonBytes(request)).getAsJsonObject();
        expected.addProperty("stream", true);

        assertThat(parse(codec.toJsonBytes(request, stream()))).isEqualTo(expected);
        assertThat(new String(codec.toJsonBytes(request, stream()), StandardCharsets.UTF_8)).endsWith(",\"stream\":true}");
    }

    @Test
    void severalFieldsAreAddedInOrderAndNullOnesLeftOut() {
        JsonObject fields = stream();
        fields.add("gone", JsonNull.INSTANCE);
        fields.addProperty("n", 2);
        EmbeddingRequest request = EmbeddingRequest.builder().model("e").input("a").build();

        String json = new String(codec.toJsonBytes(request, fields), StandardCharsets.UTF_8);

        assertThat(json).endsWith(",\"stream\":true,\"n\":2}").doesNotContain("gone");
    }

    @Test
    void anEmptyObjectGetsNoLeadingComma() {
        assertThat(new String(codec.toJsonBytes(Map.of(), stream()), StandardCharsets.UTF_8))
                .isEqualTo("{\"stream\":true}");
    }

    @Test
    void noExtraFieldsIsThePlainEncoding() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("m").addUserMessage("u").build();

        assertThat(codec.toJsonBytes(request, new JsonObject())).isEqualTo(codec.toJsonBytes(request));
        assertThat(codec.toJsonBytes(request, null)).isEqualTo(codec.toJsonBytes(request));
    }
}
