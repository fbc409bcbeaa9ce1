package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.impl.body.StreamedJsonBody;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.spi.TransportRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token estimate of a body whose audio is streamed: the JSON around the audio and its max_tokens. */
class TokenCostEstimateTest {

    @TempDir
    Path dir;

    @Test
    void streamedAudioIsNotCountedAsTextButMaxTokensIs() throws IOException {
        Path file = Files.write(dir.resolve("a.wav"), new byte[300_000]);
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("voxtral-mini-latest").maxTokens(100)
                .addMessage(UserMessage.of(AudioChunk.of(file))).build();
        StreamedJsonBody body = (StreamedJsonBody) new JsonCodec().toJsonBody(request, null);

        long estimate = TokenCost.estimate(TransportRequest.builder().method("POST")
                .uri(URI.create("http://127.0.0.1/v1/chat/completions")).body(body).build());

        assertThat(estimate).isEqualTo((body.template().length() + 3) / 4 + 100);
        assertThat(estimate).isLessThan(1_000);
    }
}
