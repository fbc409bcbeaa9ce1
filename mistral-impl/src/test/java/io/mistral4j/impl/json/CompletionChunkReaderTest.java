package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.DeltaMessage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast reader of stream chunks reads what the Gson path reads, or gives up (null) and
 * leaves the text to it; it never gives up on the plain chunks a chat stream is made of.
 */
class CompletionChunkReaderTest {

    private static final String HEAD = "{\"id\":\"cmpl-e5cc\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,"
            + "\"model\":\"mistral-small-2506\",\"choices\":[";

    private final JsonCodec codec = new JsonCodec();
    private final Gson gson = codec.gson();
    private final CompletionChunkReader reader = new CompletionChunkReader(gson);

    /** Chunks the fast reader reads itself. */
    static Stream<String> plain() {
        return Stream.of(
                HEAD + "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\" word1\"},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}],\"usage\":{"
                        + "\"prompt_tokens\":12,\"completion_tokens\":1000,\"total_tokens\":1012}}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"caf\\u00e9 \\\"quoted\\\" \\\\ \\/ \\n\\t\\r\\b\\f"
                        + " \\ud83d\\ude00\"},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"déjà vu 😀 中文\"},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\",\"prefix\":false,\"p\":\"abc\"},\"logprobs\":null,"
                        + "\"finish_reason\":null,\"extra\":-1.5e+3}],\"p\":\"padding\",\"n\":true,\"m\":0}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":null,\"role\":null,\"tool_calls\":null},"
                        + "\"finish_reason\":\"tool_calls\"}]}",
                HEAD + "{\"index\":0,\"delta\":null,\"finish_reason\":\"model_length\"}]}",
                HEAD + "{\"index\":1,\"delta\":{\"content\":\"a\"}},{\"index\":0,\"delta\":{\"content\":\"b\"}}]}",
                HEAD + "]}",
                "{\"id\":null,\"object\":null,\"created\":null,\"model\":null,\"choices\":null,\"usage\":null}",
                "{}",
                "{\"id\":\"a\\u0041\",\"choices\":[]}",
                " {\n\"choices\" : [ { \"index\" : 2 , \"delta\" : { \"content\" : \"spaced\" } } ] }\n",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"a\"}}],\"id\":\"second id wins\"}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}],\"usage\":{"
                        + "\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7,\"prompt_audio_seconds\":null,"
                        + "\"num_cached_tokens\":1,\"prompt_token_details\":{\"cached_tokens\":1}}}",
                HEAD + "{\"index\":0,\"delta\":{\"role\":\"tool\",\"content\":\"18C\",\"tool_call_id\":\"D681PevKs\","
                        + "\"index\":2,\"metadata\":null},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\",\"tool_call_id\":null,\"index\":null}}]}",
                // members in an order other than the usual one
                "{\"usage\":null,\"choices\":[{\"finish_reason\":null,\"delta\":{\"content\":\"c\",\"role\":\"assistant\"},"
                        + "\"index\":3}],\"model\":\"m\",\"created\":7,\"object\":\"o\",\"id\":\"i\"}",
                "{\"id\":\"i\",\"model\":\"m\",\"id\":\"j\",\"choices\":[{\"delta\":{\"index\":1,\"content\":\"c\"}}]}");
    }

    /** Chunks the fast reader leaves to Gson, each read the same either way. */
    static Stream<String> unusual() {
        return Stream.of(
                HEAD + "{\"index\":0,\"delta\":{\"tool_calls\":[{\"id\":\"D681PevKs\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"},"
                        + "\"index\":0}]},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\","
                        + "\"text\":\"plan\"}]}]},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\"},\"logprobs\":{\"content\":[]}}]}",
                HEAD + "{\"index\":\"0\",\"delta\":{\"content\":\"x\"}}]}",
                HEAD + "{\"index\":1.0,\"delta\":{\"content\":\"x\"}}]}",
                "{\"id\":42,\"choices\":[]}",
                "{\"id\":\"a\",\"created\":\"1702256327\",\"choices\":[]}",
                "{\"id\":\"a\",\"choices\":[],\"finish\":true,\"flag\":false,\"extra\":{\"k\":[1,{\"a\":null}]}}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":7}]}",
                "{\"i\\u0064\":\"escaped key\",\"choices\":[]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\",\"index\":1,\"metadata\":{\"source\":\"kb\","
                        + "\"score\":0.5,\"tags\":[\"a\"],\"n\":3}},\"finish_reason\":null}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\",\"index\":\"1\"}}]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\",\"tool_call_id\":7}}]}");
    }

    /** Texts both paths refuse. */
    static Stream<String> malformed() {
        return Stream.of(
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\"}}",
                HEAD + "null]}",
                HEAD + "{\"index\":0,\"delta\":{\"content\":3}}]}",
                "null",
                "",
                HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\"}}]} trailing",
                "[1,2]");
    }

    @ParameterizedTest
    @MethodSource("plain")
    void readsPlainChunksAsGsonDoes(String json) {
        CompletionChunk fast = reader.read(json);

        assertThat(fast).isNotNull();
        assertThat(fast).usingRecursiveComparison().isEqualTo(gson.fromJson(json, CompletionChunk.class));
        assertThat(codec.fromJson(json, CompletionChunk.class)).usingRecursiveComparison()
                .isEqualTo(gson.fromJson(json, CompletionChunk.class));
    }

    @ParameterizedTest
    @MethodSource("unusual")
    void leavesUnusualChunksToGson(String json) {
        assertThat(reader.read(json)).isNull();
        assertThat(codec.fromJson(json, CompletionChunk.class)).usingRecursiveComparison()
                .isEqualTo(gson.fromJson(json, CompletionChunk.class));
    }

    @Test
    void readsTheDeltaFieldsOfTheSpecItselfAndLeavesMetadataToGson() {
        DeltaMessage tool = reader.read(HEAD + "{\"index\":0,\"delta\":{\"role\":\"tool\",\"content\":\"18C\","
                + "\"tool_call_id\":\"D681PevKs\",\"index\":2}}]}").choices().get(0).delta();
        String withMetadata = HEAD + "{\"index\":0,\"delta\":{\"content\":\"x\",\"metadata\":{\"n\":3,\"k\":[\"a\"]}}}]}";
        DeltaMessage annotated = codec.fromJson(withMetadata, CompletionChunk.class).choices().get(0).delta();

        assertThat(tool.toolCallId()).isEqualTo("D681PevKs");
        assertThat(tool.index()).isEqualTo(2);
        assertThat(tool.metadata()).isNull();
        assertThat(reader.read(withMetadata)).isNull();
        assertThat(annotated.metadata()).containsExactly(entry("n", 3L), entry("k", List.of("a")));
    }

    @Test
    void aDeltaWithoutTheNewFieldsReadsAsBefore() {
        CompletionChunk chunk = reader.read(HEAD + "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"}}]}");

        assertThat(chunk.choices().get(0).delta()).isEqualTo(new DeltaMessage("assistant", Content.of("Hi"), null));
        assertThat(chunk.choices().get(0).delta().index()).isNull();
    }

    @Test
    void theStringsEveryChunkRepeatsAreSharedAndNeverMistaken() {
        List<String> ids = List.of("cmpl-1", "cmpl-1", "cmpl-12", "cmpl-1", "cmpl-", "q\\\"x", "q\\\"x", "q",
                "", "", "caf\\u00e9", "café", "café");
        CompletionChunk previous = null;
        for (String id : ids) {
            String json = "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m-" + id.length()
                    + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}";

            CompletionChunk chunk = reader.read(json);

            assertThat(chunk).as(json).usingRecursiveComparison().isEqualTo(gson.fromJson(json, CompletionChunk.class));
            if (previous != null && previous.id().equals(chunk.id()) && JsonCursor.isPlain(chunk.id())) {
                assertThat(chunk.id()).as("the same text, the same string").isSameAs(previous.id());
            }
            assertThat(chunk.object()).isEqualTo("chat.completion.chunk");
            previous = chunk;
        }
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedTextStillFailsAsBefore(String json) {
        assertThat(reader.read(json)).isNull();
        assertThatThrownBy(() -> codec.fromJson(json, CompletionChunk.class)).isInstanceOf(JsonParseException.class);
    }
}
