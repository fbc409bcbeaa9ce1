package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.DeltaMessage;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.Usage;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written readers of chat answers read what Gson's record adapters read (the reference
 * here is the codec's configuration without them), write back what they read, and take null
 * for a number as zero.
 */
class ChatAnswerAdapterFactoryTest {

    private final JsonCodec codec = new JsonCodec();

    /** The codec's configuration before the hand-written answer readers: records read by reflection. */
    private final Gson reference = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .disableHtmlEscaping()
            .registerTypeAdapterFactory(new OpenEnumAdapterFactory())
            .registerTypeAdapterFactory(new ChatTypeAdapterFactory())
            .create();

    static Stream<String> responses() {
        return Stream.of(
                JsonCodecResponseTest.response("{\"role\":\"assistant\",\"content\":\"Claude Monet.\","
                        + "\"tool_calls\":null,\"prefix\":false}", "\"stop\""),
                JsonCodecResponseTest.response("{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":"
                        + "\"D681PevKs\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":"
                        + "{\"city\":\"Paris\"}},\"index\":0}]}", "\"tool_calls\""),
                JsonCodecResponseTest.response("{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\","
                        + "\"thinking\":[{\"type\":\"text\",\"text\":\"plan\"}]},{\"type\":\"text\",\"text\":\"done\"}]}",
                        "\"content_filter\""),
                JsonCodecResponseTest.response("{\"role\":\"assistant\",\"content\":\"x\"}", "null"),
                "{\"id\":\"a\",\"object\":\"chat.completion\",\"created\":7,\"model\":\"m\",\"usage\":{"
                        + "\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7,\"prompt_audio_seconds\":2,"
                        + "\"num_cached_tokens\":1,\"prompt_token_details\":{\"cached_tokens\":1}},\"extra\":{\"k\":[1]},"
                        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"a\",\"x\":1},"
                        + "\"finish_reason\":\"stop\",\"logprobs\":null},{\"index\":1,\"message\":{\"role\":"
                        + "\"assistant\",\"content\":\"b\"},\"finish_reason\":\"length\"}]}",
                "{\"id\":\"b\",\"choices\":[]}",
                "{\"id\":\"b\",\"choices\":null,\"usage\":null}",
                MESSAGES,
                "{\"id\":\"b\",\"choices\":[{\"index\":0,\"messages\":null,\"finish_reason\":\"stop\"}]}");
    }

    static Stream<String> chunks() {
        return Stream.of(
                "{\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,\"model\":"
                        + "\"mistral-small-latest\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                        + "\"content\":\"Hel\"},\"finish_reason\":null}]}",
                "{\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"usage\":{"
                        + "\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12},\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}]}",
                "{\"id\":\"c\",\"model\":\"magistral\",\"choices\":[{\"index\":0,\"delta\":{\"content\":[{\"type\":"
                        + "\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"hmm\"}]}],\"tool_calls\":[{\"id\":"
                        + "\"null\",\"function\":{\"name\":\"\",\"arguments\":\"{\\\"a\\\"\"},\"index\":1}]},"
                        + "\"finish_reason\":null}]}",
                "{\"id\":\"c\",\"model\":\"m\",\"choices\":null}",
                "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":5,\"model\":\"m\",\"usage\":{"
                        + "\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3,\"prompt_tokens_details\":{"
                        + "\"cached_tokens\":1}},\"choices\":[{\"index\":1,\"delta\":{\"role\":\"assistant\","
                        + "\"content\":[{\"type\":\"text\",\"text\":\"b\"}],\"unknown\":true},\"finish_reason\":"
                        + "\"model_length\",\"logprobs\":{\"content\":[]}}],\"p\":\"abc\"}",
                "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"tool\",\"content\":\"18C\","
                        + "\"tool_call_id\":\"D681PevKs\",\"index\":1,\"metadata\":{\"source\":\"kb\",\"score\":0.5,"
                        + "\"n\":3,\"nested\":{\"tags\":[\"a\",null]}}},\"finish_reason\":null}]}",
                "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\",\"tool_call_id\":null,"
                        + "\"index\":null,\"metadata\":null}}]}");
    }

    /** A choice listing several messages beside its message, as the spec allows. */
    private static final String MESSAGES = "{\"id\":\"m\",\"object\":\"chat.completion\",\"created\":7,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"done\"},\"messages\":["
            + "{\"role\":\"assistant\",\"content\":\"first\",\"index\":0,\"metadata\":{\"step\":1}},"
            + "{\"role\":\"tool\",\"content\":[{\"type\":\"text\",\"text\":\"18C\"}],\"tool_call_id\":\"D681PevKs\","
            + "\"index\":1}],\"finish_reason\":\"stop\"}]}";

    @ParameterizedTest
    @MethodSource("responses")
    void responsesReadAsTheRecordAdaptersReadThem(String json) {
        ChatCompletionResponse expected = reference.fromJson(json, ChatCompletionResponse.class);

        assertThat(codec.fromJson(json, ChatCompletionResponse.class)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("chunks")
    void chunksReadAsTheRecordAdaptersReadThem(String json) {
        CompletionChunk expected = reference.fromJson(json, CompletionChunk.class);

        assertThat(codec.fromJson(json, CompletionChunk.class)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("responses")
    void responsesWrittenReadBackEqual(String json) {
        ChatCompletionResponse parsed = codec.fromJson(json, ChatCompletionResponse.class);

        assertThat(codec.fromJson(codec.toJson(parsed), ChatCompletionResponse.class)).isEqualTo(parsed);
    }

    @ParameterizedTest
    @MethodSource("chunks")
    void chunksWrittenReadBackEqual(String json) {
        CompletionChunk parsed = codec.fromJson(json, CompletionChunk.class);

        assertThat(codec.fromJson(codec.toJson(parsed), CompletionChunk.class)).isEqualTo(parsed);
    }

    @Test
    void aChoiceListsItsMessagesWithTheirIndexToolCallIdAndMetadata() {
        ChatCompletionChoice choice = codec.fromJson(MESSAGES, ChatCompletionResponse.class).firstChoice();

        assertThat(choice.message().text()).isEqualTo("done");
        assertThat(choice.messages()).extracting(DeltaMessage::index).containsExactly(0, 1);
        assertThat(choice.messages()).extracting(DeltaMessage::toolCallId).containsExactly(null, "D681PevKs");
        assertThat(choice.messages().get(0).metadata()).isEqualTo(Map.of("step", 1L));
        assertThat(choice.messages().get(1).text()).isEqualTo("18C");
    }

    @Test
    void answersWithoutTheNewFieldsReadAsBefore() {
        ChatCompletionResponse response = codec.fromJson(JsonCodecResponseTest.response(
                "{\"role\":\"assistant\",\"content\":\"x\"}", "\"stop\""), ChatCompletionResponse.class);
        CompletionChunk chunk = codec.fromJson("{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"role\":"
                + "\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}}]}", CompletionChunk.class);
        ChatCompletionChoice choice = response.firstChoice();

        assertThat(choice).isEqualTo(new ChatCompletionChoice(choice.index(), choice.message(), FinishReason.STOP));
        assertThat(choice.messages()).isEmpty();
        DeltaMessage delta = chunk.choices().get(0).delta();
        assertThat(delta).isEqualTo(new DeltaMessage("assistant", delta.content(), List.of()));
        assertThat(delta.toolCallId()).isNull();
        assertThat(delta.index()).isNull();
        assertThat(delta.metadata()).isNull();
    }

    @Test
    void nullNumbersReadAsZero() {
        CompletionChunk chunk = codec.fromJson("{\"id\":\"c\",\"created\":null,\"usage\":{\"prompt_tokens\":null,"
                + "\"completion_tokens\":2,\"total_tokens\":null},\"choices\":[{\"index\":null,\"delta\":{"
                + "\"content\":\"x\"},\"finish_reason\":\"stop\"}]}", CompletionChunk.class);

        assertThat(chunk.created()).isZero();
        assertThat(chunk.usage()).isEqualTo(new Usage(0, 2, 0, null, null, null, null));
        assertThat(chunk.choices().get(0).index()).isZero();
        assertThat(chunk.choices().get(0).finishReason()).isSameAs(FinishReason.STOP);
    }

    @Test
    void theSpelledOutTokenDetailsWinOverTheAlias() {
        Usage usage = codec.fromJson("{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2,"
                + "\"prompt_token_details\":{\"cached_tokens\":9},\"prompt_tokens_details\":{\"cached_tokens\":4}}",
                Usage.class);

        assertThat(usage.promptTokensDetails()).isEqualTo(new Usage.PromptTokensDetails(4));
    }

    @Test
    void severalChoicesKeepTheirOrder() {
        ChatCompletionResponse response = codec.fromJson(responses().skip(4).findFirst().orElseThrow(),
                ChatCompletionResponse.class);

        assertThat(response.choices()).extracting(choice -> choice.message().text()).isEqualTo(List.of("a", "b"));
        assertThat(response.usage().promptTokensDetails()).isEqualTo(new Usage.PromptTokensDetails(1));
    }
}
