package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.FunctionCall;
import io.mistral4j.chat.ImageUrl;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.ToolType;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Message content follows the conventions' opt-in rule: absent unless the user turned it on;
 * when on, the messages sent and the choices received as JSON per the conventions' schemas.
 */
class MessageContentTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder().model("mistral-small-latest")
            .addSystemMessage("Be brief.").addUserMessage("Say \"hi\"").build();

    private static SpanData run(MistralTelemetry.Builder telemetry, TestTelemetry sdk, boolean streamed) {
        try (MistralClient client = MistralClient.builder().apiKey(MistralSimulatorExtension.TEST_API_KEY)
                .baseUrl(SIMULATOR.baseUrl()).addObserver(telemetry.build().observer()).build()) {
            if (streamed) {
                try (ChatCompletionStream stream = client.chat().stream(REQUEST)) {
                    stream.forEachRemaining(chunk -> { });
                }
            } else {
                client.chat().complete(REQUEST);
            }
        }
        return sdk.onlySpan();
    }

    @Test
    void noContentUnlessTheUserOptsIn() {
        try (TestTelemetry sdk = TestTelemetry.create()) {
            SpanData span = run(MistralTelemetry.builder(sdk.sdk), sdk, false);

            assertThat(span.getAttributes().get(GenAiConventions.INPUT_MESSAGES)).isNull();
            assertThat(span.getAttributes().get(GenAiConventions.OUTPUT_MESSAGES)).isNull();
            assertThat(span.getAttributes().toString()).doesNotContain("Be brief").doesNotContain("Say");
        }
    }

    @Test
    void whenOptedInTheMessagesSentAndReceivedAreOnTheSpan() {
        try (TestTelemetry sdk = TestTelemetry.create()) {
            SpanData span = run(MistralTelemetry.builder(sdk.sdk).captureMessageContent(true), sdk, false);

            assertThat(span.getAttributes().get(GenAiConventions.INPUT_MESSAGES)).isEqualTo(
                    "[{\"role\":\"system\",\"parts\":[{\"type\":\"text\",\"content\":\"Be brief.\"}]},"
                    + "{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Say \\\"hi\\\"\"}]}]");
            assertThat(span.getAttributes().get(GenAiConventions.OUTPUT_MESSAGES))
                    .startsWith("[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"")
                    .endsWith("\"}],\"finish_reason\":\"stop\"}]");
        }
    }

    @Test
    void aStreamedAnswerIsCapturedAsTheCompletionItsEventsAddUpTo() {
        try (TestTelemetry sdk = TestTelemetry.create()) {
            SpanData span = run(MistralTelemetry.builder(sdk.sdk).captureMessageContent(true), sdk, true);

            assertThat(span.getAttributes().get(GenAiConventions.OUTPUT_MESSAGES))
                    .startsWith("[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"")
                    .endsWith("\"}],\"finish_reason\":\"stop\"}]");
        }
    }

    @Test
    void toolCallsToolAnswersAndImagesBecomeTheirOwnParts() {
        ToolCall call = new ToolCall("call_1", ToolType.FUNCTION, new FunctionCall("get_weather",
                "{\"city\":\"Paris\"}"), null);
        List<Message> messages = List.of(
                new SystemMessage(Content.of("Use tools.")),
                new UserMessage(Content.of(new TextChunk("What is this?\n"),
                        new ImageUrlChunk(new ImageUrl("https://example.test/cat.png", null)))),
                new AssistantMessage(null, List.of(call), null),
                new ToolMessage(Content.of("rainy"), "call_1", "get_weather"));

        assertThat(MessageContent.input(messages)).isEqualTo("["
                + "{\"role\":\"system\",\"parts\":[{\"type\":\"text\",\"content\":\"Use tools.\"}]},"
                + "{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"What is this?\\n\"},"
                + "{\"type\":\"uri\",\"modality\":\"image\",\"uri\":\"https://example.test/cat.png\"}]},"
                + "{\"role\":\"assistant\",\"parts\":[{\"type\":\"tool_call\",\"id\":\"call_1\",\"name\":\"get_weather\","
                + "\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}]},"
                + "{\"role\":\"tool\",\"parts\":[{\"type\":\"tool_call_response\",\"id\":\"call_1\","
                + "\"response\":\"rainy\"}]}]");
    }

    @Test
    void eachChoiceIsOneOutputMessageWithItsFinishReason() {
        ChatCompletionResponse response = new ChatCompletionResponse("c1", "chat.completion", 1, "m", null, List.of(
                new ChatCompletionChoice(0, new AssistantMessage(Content.of("A"), List.of(), null), FinishReason.STOP),
                new ChatCompletionChoice(1, new AssistantMessage(Content.of("B\u0001"), List.of(), null),
                        FinishReason.LENGTH)));

        assertThat(MessageContent.output(response)).isEqualTo("["
                + "{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"A\"}],\"finish_reason\":\"stop\"},"
                + "{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"B\\u0001\"}],"
                + "\"finish_reason\":\"length\"}]");
    }

    @Test
    void audioInMemoryIsABlobAndAnAudioFileIsNotRead(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("said.wav"), new byte[] {1, 2, 3});
        List<Message> messages = List.of(UserMessage.of(AudioChunk.of(new byte[] {1, 2, 3}), AudioChunk.of(file)));

        assertThat(MessageContent.input(messages)).isEqualTo("[{\"role\":\"user\",\"parts\":["
                + "{\"type\":\"blob\",\"modality\":\"audio\",\"content\":\"AQID\"},"
                + "{\"type\":\"blob\",\"modality\":\"audio\"}]}]");
    }
}
