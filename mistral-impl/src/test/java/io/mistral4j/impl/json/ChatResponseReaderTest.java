package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.FinishReason;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast reader of chat answers reads what the Gson path reads, or gives up (null) and leaves
 * the text to it; it never gives up on the plain answers chat calls get.
 */
class ChatResponseReaderTest {

    private static final String HEAD = "{\"id\":\"cmpl-3f9d\",\"object\":\"chat.completion\",\"created\":1796660928,"
            + "\"model\":\"mistral-small-latest\",\"choices\":[";
    private static final String USAGE = "\"usage\":{\"prompt_tokens\":33,\"completion_tokens\":41,\"total_tokens\":74}}";

    private final JsonCodec codec = new JsonCodec();
    private final Gson gson = codec.gson();
    private final ChatResponseReader reader = new ChatResponseReader();

    /** Answers the fast reader reads itself. */
    static Stream<String> plain() {
        return Stream.of(
                HEAD + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Paris.\",\"tool_calls\":null,"
                        + "\"prefix\":false},\"finish_reason\":\"stop\"}]," + USAGE,
                HEAD + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"caf\\u00e9 \\\"q\\\" \\\\ \\/ \\n\\t"
                        + " \\ud83d\\ude00\",\"tool_calls\":[]},\"finish_reason\":\"length\"}]," + USAGE,
                HEAD + "{\"index\":0,\"message\":{\"content\":\"déjà vu 😀 中文\",\"prefix\":true}}]}",
                HEAD + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null},\"finish_reason\":\"a_new_reason\","
                        + "\"messages\":null,\"logprobs\":null,\"extra\":-1.5e+3}],\"p\":\"padding\",\"n\":true,"
                        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":null,\"total_tokens\":1,"
                        + "\"prompt_audio_seconds\":3,\"num_cached_tokens\":null,\"service_tier\":\"standard\","
                        + "\"unknown\":7}}",
                HEAD + "{\"index\":1,\"message\":{\"content\":\"a\"}},{\"index\":0,\"message\":null,"
                        + "\"finish_reason\":null}]}",
                HEAD + "]," + USAGE,
                "{\"id\":null,\"object\":null,\"created\":null,\"model\":null,\"choices\":null,\"usage\":null}",
                "{}",
                " {\n\"choices\" : [ { \"index\" : 2 , \"message\" : { \"content\" : \"spaced\" } } ] }\n",
                // members in an order other than the usual one, and one given twice
                "{\"usage\":{\"total_tokens\":5},\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"prefix\":null,"
                        + "\"content\":\"c\",\"role\":\"assistant\"},\"index\":0}],\"model\":\"m\",\"id\":\"a\",\"id\":\"b\"}");
    }

    /** Answers left to Gson: shapes the fast reader does not read, which Gson reads all the same. */
    static Stream<String> unusual() {
        return Stream.of(
                HEAD + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"c1\","
                        + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
                        + "\"finish_reason\":\"tool_calls\"}]}",
                HEAD + "{\"index\":0,\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"chunked\"}]}}]}",
                HEAD + "{\"index\":0,\"message\":{\"content\":\"a\"},\"messages\":[{\"content\":\"b\"}]}]}",
                HEAD + "]," + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":1}}}",
                HEAD + "],\"usage\":{\"prompt_tokens\":\"3\",\"completion_tokens\":4.0,\"total_tokens\":7}}",
                HEAD + "{\"index\":0,\"message\":{\"content\":\"a\",\"prefix\":\"true\"}}],\"extra\":{\"k\":[1]}}",
                "{\"id\":12,\"model\":true,\"created\":\"1\"}",
                "{\"\\u0069d\":\"escaped name\"}");
    }

    static Stream<String> malformed() {
        return Stream.of(
                HEAD + "{\"index\":0,\"message\":{\"content\":\"x\"}}]} trailing",
                HEAD + "{\"index\":0,\"message\":{\"content\":42}}]}",
                HEAD + "{\"index\":0,\"message\":{\"content\":\"x\"",
                "[1,2]");
    }

    @ParameterizedTest
    @MethodSource("plain")
    void readsPlainAnswersAsGsonDoes(String json) {
        ChatCompletionResponse fast = reader.read(json);

        assertThat(fast).isNotNull();
        assertThat(fast).isEqualTo(gson.fromJson(json, ChatCompletionResponse.class));
        assertThat(codec.fromJson(json, ChatCompletionResponse.class)).isEqualTo(fast);
    }

    @ParameterizedTest
    @MethodSource("unusual")
    void leavesUnusualAnswersToGson(String json) {
        assertThat(reader.read(json)).isNull();
        assertThat(codec.fromJson(json, ChatCompletionResponse.class))
                .isEqualTo(gson.fromJson(json, ChatCompletionResponse.class));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedTextStillFailsAsBefore(String json) {
        assertThat(reader.read(json)).isNull();
        assertThatThrownBy(() -> codec.fromJson(json, ChatCompletionResponse.class))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void readsTheFieldsOfAnAnswer() {
        ChatCompletionResponse answer = reader.read(HEAD + "{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"Paris.\",\"tool_calls\":null,\"prefix\":false},\"finish_reason\":\"stop\"}]," + USAGE);

        assertThat(answer.id()).isEqualTo("cmpl-3f9d");
        assertThat(answer.created()).isEqualTo(1796660928L);
        assertThat(answer.choices()).singleElement().satisfies(choice -> {
            assertThat(choice.message().content()).isEqualTo(Content.of("Paris."));
            assertThat(choice.message().toolCalls()).isEmpty();
            assertThat(choice.message().prefix()).isFalse();
            assertThat(choice.finishReason()).isEqualTo(FinishReason.STOP);
        });
        assertThat(answer.usage().totalTokens()).isEqualTo(74);
    }

    @Test
    void randomContentReadsAsGsonReadsIt() {
        Random random = new Random(20261207);
        for (int i = 0; i < 2_000; i++) {
            String content = gson.toJson(randomText(random));
            String json = HEAD + "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + content
                    + ",\"tool_calls\":null,\"prefix\":false},\"finish_reason\":\"stop\"}]," + USAGE;

            ChatCompletionResponse fast = reader.read(json);

            assertThat(fast).as(json).isNotNull().isEqualTo(gson.fromJson(json, ChatCompletionResponse.class));
        }
    }

    /** Text of letters, escapes, control characters, non-ASCII and surrogate pairs. */
    private static String randomText(Random random) {
        String[] pieces = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "é", "中", "😀", "\u2028", "0"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
