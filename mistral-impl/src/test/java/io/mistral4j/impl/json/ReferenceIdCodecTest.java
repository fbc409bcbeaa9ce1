package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ReferenceChunk;
import io.mistral4j.chat.ReferenceId;
import io.mistral4j.chat.ThinkChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answer shapes of the public spec: reference ids that are integers or strings (in content and
 * inside thinking), thinking signatures, the service tier in usage.
 */
class ReferenceIdCodecTest {

    private final JsonCodec codec = new JsonCodec();

    private AssistantMessage parseMessage(String message) {
        return codec.fromJson(JsonCodecResponseTest.response(message, "\"stop\""), ChatCompletionResponse.class)
                .message();
    }

    @Test
    void integerAndStringIdsInOneChunkAreKept() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"reference\",\"reference_ids\":[3,\"doc-7\",\"12\",9223372036854775807]}]}");

        ReferenceChunk chunk = (ReferenceChunk) message.content().chunks().get(0);
        assertThat(chunk.referenceIds()).containsExactly(ReferenceId.of(3), ReferenceId.of("doc-7"),
                ReferenceId.of("12"), ReferenceId.of(Long.MAX_VALUE));
        assertThat(chunk.referenceIds().get(1).isNumeric()).isFalse();
        assertThat(chunk.referenceIds().get(1).value()).isEqualTo("doc-7");
        assertThat(chunk.numericIds()).containsExactly(3L, 12L, Long.MAX_VALUE);
    }

    @Test
    void stringIdsInsideThinkingAreKept() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\","
                + "\"thinking\":[{\"type\":\"text\",\"text\":\"Looking\"},"
                + "{\"type\":\"reference\",\"reference_ids\":[\"a1\",0]}]}]}");

        ThinkChunk thinking = (ThinkChunk) message.content().chunks().get(0);
        assertThat(thinking.thinking().get(1)).isEqualTo(
                new ReferenceChunk(List.of(ReferenceId.of("a1"), ReferenceId.of(0))));
    }

    @Test
    void aThinkingSignatureIsKeptAndSentBack() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\","
                + "\"thinking\":[{\"type\":\"text\",\"text\":\"Hmm\"}],\"signature\":\"sig-1\"}]}");

        ThinkChunk thinking = (ThinkChunk) message.content().chunks().get(0);
        assertThat(thinking.signature()).isEqualTo("sig-1");
        assertThat(codec.toJson(thinking)).contains("\"signature\":\"sig-1\"");
    }

    @Test
    void idsAreWrittenBackAsTheyCame() {
        String json = codec.toJson(new ReferenceChunk(List.of(ReferenceId.of(1), ReferenceId.of("x"),
                ReferenceId.of("2"))));

        assertThat(json).contains("\"reference_ids\":[1,\"x\",\"2\"]");
        assertThat(codec.fromJson(json, ReferenceChunk.class).referenceIds())
                .containsExactly(ReferenceId.of(1), ReferenceId.of("x"), ReferenceId.of("2"));
    }

    @Test
    void aNumberTooLargeForALongIsKeptAsText() {
        AssistantMessage message = parseMessage("{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"reference\",\"reference_ids\":[18446744073709551616]}]}");

        ReferenceId id = ((ReferenceChunk) message.content().chunks().get(0)).referenceIds().get(0);
        assertThat(id.value()).isEqualTo("18446744073709551616");
        assertThatThrownBy(id::asLong).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void usageSaysWhichServiceTierServedTheCall() {
        ChatCompletionResponse response = codec.fromJson("{\"id\":\"x\",\"created\":1,\"model\":\"m\","
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2,"
                + "\"service_tier\":\"priority\"},\"choices\":[]}", ChatCompletionResponse.class);

        assertThat(response.usage().serviceTier()).isEqualTo("priority");
    }
}
