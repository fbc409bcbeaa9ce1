package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is wrong with a body, {@link JsonCodec#fromJson} fails with a {@link JsonParseException}
 * and nothing else: callers map exactly that type to a decoding error.
 */
class JsonCodecMalformedInputTest {

    private final JsonCodec codec = new JsonCodec();

    private static String withMessage(String message) {
        return JsonCodecResponseTest.response(message, "\"stop\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "null",
            "not json at all",
            "<html><body>502 Bad Gateway</body></html>",
            "[1,2,3]",
            "\"a string\"",
            "42",
            "{\"id\":\"x\",\"choices\":[{\"index\":0",
            "{\"id\":\"x\",\"model\":\"m\",\"choices\":[]",
            "{\"id\":\"x\"} trailing",
            "{\"id\":\"x\",,}",
            "{\"id\":\"x\",\"created\":\"yesterday\",\"choices\":[]}",
            "{\"id\":\"x\",\"created\":1.5e400,\"choices\":[]}",
            "{\"id\":\"x\",\"choices\":{\"index\":0}}",
            "{\"id\":\"x\",\"choices\":[42]}",
            "{\"id\":\"x\",\"usage\":\"lots\",\"choices\":[]}",
            "{\"id\":\"x\",\"usage\":{\"prompt_tokens\":\"many\"},\"choices\":[]}",
            "{\"id\":{\"nested\":true},\"choices\":[]}",
    })
    void malformedResponseBodies(String body) {
        assertThatThrownBy(() -> codec.fromJson(body, ChatCompletionResponse.class))
                .isInstanceOf(JsonParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"role\":\"assistant\",\"content\":42}",
            "{\"role\":\"assistant\",\"content\":true}",
            "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"x\"}}",
            "{\"role\":\"assistant\",\"content\":[42]}",
            "{\"role\":\"assistant\",\"content\":[\"bare string\"]}",
            "{\"role\":\"assistant\",\"content\":[{\"text\":\"no type\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":{\"nested\":1},\"text\":\"x\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":null}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"image_url\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"image_url\",\"image_url\":7}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"detail\":\"low\"}}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"plain\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\"}]}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"reference\",\"reference_ids\":[{\"a\":1}]}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"file\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"document_url\",\"document_name\":\"d\"}]}",
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"input_audio\"}]}",
            "{\"role\":\"assistant\",\"tool_calls\":{\"id\":\"c\"}}",
            "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":\"f\"}]}",
            "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"function\":{\"name\":{\"x\":1}}}]}",
            "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"type\":[],\"function\":{\"name\":\"f\"}}]}",
            "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c\",\"index\":\"first\",\"function\":{}}]}",
            "[]",
            "\"assistant\"",
    })
    void malformedAssistantMessages(String message) {
        assertThatThrownBy(() -> codec.fromJson(withMessage(message), ChatCompletionResponse.class))
                .isInstanceOf(JsonParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"x\"},\"finish_reason\":{\"why\":1}}",
            "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"x\"},\"finish_reason\":[\"stop\"]}",
            "{\"index\":\"zero\",\"message\":{\"role\":\"assistant\",\"content\":\"x\"}}",
            "{\"index\":0,\"message\":\"hello\"}",
    })
    void malformedChoices(String choice) {
        String body = "{\"id\":\"x\",\"created\":1,\"model\":\"m\",\"choices\":[" + choice + "]}";

        assertThatThrownBy(() -> codec.fromJson(body, ChatCompletionResponse.class))
                .isInstanceOf(JsonParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"content\":\"no role\"}",
            "{\"role\":null,\"content\":\"x\"}",
            "{\"role\":[\"user\"],\"content\":\"x\"}",
            "{\"role\":\"narrator\",\"content\":\"x\"}",
            "{\"role\":\"user\",\"content\":3.14}",
            "{\"role\":\"system\"}",
            "\"user\"",
            "17",
    })
    void malformedMessages(String message) {
        assertThatThrownBy(() -> codec.fromJson(message, Message.class)).isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> codec.fromJson("[" + message + "]", new TypeToken<List<Message>>() { }.getType()))
                .isInstanceOf(JsonParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "data: {}",
            "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":\"text\"}]}",
            "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":5}}]}",
            "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":"
                    + "{\"a\":}}}]}}]}",
            "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"a\"}",
            "[DONE]",
    })
    void malformedCompletionChunks(String chunk) {
        assertThatThrownBy(() -> codec.fromJson(chunk, CompletionChunk.class)).isInstanceOf(JsonParseException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 5000})
    void deeplyNestedInputFailsAsAParseError(int depth) {
        String open = "{\"type\":\"thinking\",\"thinking\":[";
        String body = withMessage("{\"role\":\"assistant\",\"content\":[" + open.repeat(depth)
                + "]}".repeat(depth) + "]}");

        assertThatThrownBy(() -> codec.fromJson(body, ChatCompletionResponse.class))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void nullDocumentIsAParseError() {
        assertThatThrownBy(() -> codec.fromJson(null, ChatCompletionResponse.class))
                .isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> codec.fromJson(null, CompletionChunk.class))
                .isInstanceOf(JsonParseException.class);
    }
}
