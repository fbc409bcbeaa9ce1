package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages are written role first with nulls left out, and read back by their role. */
class MessageAdapterTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void eachRoleIsWrittenWithItsFieldsInOrder() {
        assertThat(codec.toJson(SystemMessage.of("be brief"))).isEqualTo("{\"role\":\"system\",\"content\":\"be brief\"}");
        assertThat(codec.toJson(UserMessage.of(new TextChunk("hi"))))
                .isEqualTo("{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}");
        assertThat(codec.toJson(new UserMessage(null))).isEqualTo("{\"role\":\"user\"}");
        assertThat(codec.toJson(AssistantMessage.prefix("So")))
                .isEqualTo("{\"role\":\"assistant\",\"content\":\"So\",\"prefix\":true}");
        assertThat(codec.toJson(AssistantMessage.ofToolCalls(List.of(ToolCall.of("c1", "f", "{\"a\":1}")))))
                .isEqualTo("{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"}}]}");
        assertThat(codec.toJson(new ToolMessage(Content.of("22C"), "c1", null)))
                .isEqualTo("{\"role\":\"tool\",\"content\":\"22C\",\"tool_call_id\":\"c1\"}");
        assertThat(codec.toJson(new ToolMessage(Content.of("22C"), "c1", "weather")))
                .isEqualTo("{\"role\":\"tool\",\"content\":\"22C\",\"tool_call_id\":\"c1\",\"name\":\"weather\"}");
    }

    @Test
    void anEmptyToolCallListIsLeftOut() {
        assertThat(codec.toJson(new AssistantMessage(Content.of("x"), List.of(), null)))
                .isEqualTo("{\"role\":\"assistant\",\"content\":\"x\"}");
    }

    @Test
    void everyRoleRoundTripsThroughTheSealedType() {
        List<Message> messages = List.of(SystemMessage.of("s"), UserMessage.of("u"), AssistantMessage.prefix("p"),
                AssistantMessage.ofToolCalls(List.of(ToolCall.of("c", "f", "{}"))),
                new ToolMessage(Content.of("r"), "c", "f"));

        for (Message message : messages) {
            assertThat(codec.fromJson(codec.toJson(message), Message.class)).isEqualTo(message);
        }
    }

    @Test
    void fieldsOfOtherRolesAndUnknownFieldsAreIgnored() {
        Message user = codec.fromJson("{\"role\":\"user\",\"content\":\"x\",\"tool_call_id\":{\"odd\":1},"
                + "\"prefix\":\"yes\",\"tool_calls\":7,\"future\":[1,2]}", Message.class);
        Message tool = codec.fromJson("{\"role\":\"tool\",\"content\":\"r\",\"tool_call_id\":\"c\",\"prefix\":{}}",
                Message.class);

        assertThat(user).isEqualTo(UserMessage.of("x"));
        assertThat(tool).isEqualTo(new ToolMessage(Content.of("r"), "c", null));
    }

    @Test
    void aPrefixGivenAsTextIsReadAsGsonReadsBooleans() {
        AssistantMessage message = (AssistantMessage) codec.fromJson(
                "{\"role\":\"assistant\",\"content\":\"x\",\"prefix\":\"true\"}", Message.class);

        assertThat(message.prefix()).isTrue();
    }
}
