package io.mistral4j.impl.fim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.fim.FimCompletionRequest;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.spi.TransportRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the FIM service puts on the wire and how it reads answers, over a fake transport. */
class FimServiceWireTest {

    private static final String KEY = "sk-fim-wire-0a1b2c3d";
    /** FIMCompletionResponse per the spec (a ChatCompletionResponse), plus fields this version does not know. */
    private static final String OK_BODY = "{\"id\":\"447e3e0d457e42e98248b5d2ef52a2a3\",\"object\":\"chat.completion\","
            + "\"model\":\"codestral-2508\",\"usage\":{\"prompt_tokens\":8,\"completion_tokens\":5,\"total_tokens\":13,"
            + "\"prompt_audio_seconds\":null,\"future_usage\":1},\"created\":1759496862,\"choices\":[{\"index\":0,"
            + "\"message\":{\"content\":\"return a + b\",\"tool_calls\":null,\"prefix\":false,\"role\":\"assistant\"},"
            + "\"finish_reason\":\"stop\",\"logprobs\":null}],\"system_fingerprint\":\"fp-1\"}";

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl("https://api.example.test")
            .transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static FimCompletionRequest request() {
        return FimCompletionRequest.builder().model("codestral-latest").prompt("def add(a, b):\n    ")
                .suffix("\nprint(add(1, 2))").maxTokens(64).minTokens(2).stop("\n\n").randomSeed(42)
                .promptCacheKey("file-7").build();
    }

    @Test
    void postsTheRequestAsJsonToTheFimPath() {
        transport.answer(200, OK_BODY);

        ChatCompletionResponse response = client.fim().complete(request());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/fim/completions");
        assertThat(sent.headers().first("Authorization")).contains("Bearer " + KEY);
        assertThat(sent.headers().first("Content-Type")).contains("application/json");
        assertThat(sent.headers().first("Accept")).contains("application/json");
        JsonObject body = JsonParser.parseString(transport.body(0)).getAsJsonObject();
        assertThat(body.keySet()).containsExactlyInAnyOrder("model", "prompt", "suffix", "max_tokens", "min_tokens",
                "stop", "random_seed", "prompt_cache_key");
        assertThat(body.get("prompt").getAsString()).isEqualTo("def add(a, b):\n    ");
        assertThat(body.get("suffix").getAsString()).isEqualTo("\nprint(add(1, 2))");
        assertThat(body.get("min_tokens").getAsInt()).isEqualTo(2);
        assertThat(body.getAsJsonArray("stop").get(0).getAsString()).isEqualTo("\n\n");

        assertThat(response.text()).isEqualTo("return a + b");
        assertThat(response.model()).isEqualTo("codestral-2508");
        assertThat(response.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(observer.events()).containsExactly("start text_completion codestral-latest",
                "usage text_completion 8+5", "end text_completion");
    }

    @Test
    void unknownFinishReasonsParseAndKeepTheirValue() {
        transport.answer(200, OK_BODY.replace("\"finish_reason\":\"stop\"", "\"finish_reason\":\"content_filter\""));

        FinishReason reason = client.fim().complete(request()).firstChoice().finishReason();

        assertThat(reason.value()).isEqualTo("content_filter");
        assertThat(reason.isKnown()).isFalse();
    }

    @Test
    void rawResponseCarriesStatusHeadersAndBody() {
        transport.answer(200, OK_BODY, "mistral-correlation-id", "req-fim");

        ApiResponse<ChatCompletionResponse> raw = client.fim().withRawResponse().complete(request());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-fim");
        assertThat(raw.rawBody()).isEqualTo(OK_BODY);
        assertThat(raw.value().usage().totalTokens()).isEqualTo(13);
    }

    @Test
    void asyncSucceedsAndFailsWithTypedExceptions() {
        transport.answer(200, OK_BODY);
        assertThat(client.fim().completeAsync(request()).join().text()).isEqualTo("return a + b");

        transport.answer(422, "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"prompt\"],"
                + "\"msg\":\"Field required\",\"input\":{}}]}");
        assertThatThrownBy(() -> client.fim().withRawResponse().completeAsync(request()).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("body.prompt: Field required");
    }

    @Test
    void asyncRefusesANullRequestInTheFuture() {
        assertThatThrownBy(() -> client.fim().completeAsync(null).join())
                .hasCauseInstanceOf(ValidationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void streamsChatChunksAndAccumulatesThem() {
        transport.answer(200, streamBody(), "Content-Type", "text/event-stream");

        StringBuilder seen = new StringBuilder();
        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = client.fim().stream(request())) {
            stream.forEachRemaining(chunk -> seen.append(chunk.text()));
            folded = stream.accumulated();
        }

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.headers().first("Accept")).contains("text/event-stream");
        assertThat(sent.streaming()).isTrue();
        assertThat(JsonParser.parseString(transport.body(0)).getAsJsonObject().get("stream").getAsBoolean()).isTrue();
        assertThat(seen).hasToString("return a + b");
        assertThat(folded.text()).isEqualTo("return a + b");
        assertThat(folded.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(folded.usage().completionTokens()).isEqualTo(5);
        assertThat(observer.events()).contains("usage text_completion 8+5");
    }

    @Test
    void publisherDeliversTheStreamedChunks() throws InterruptedException {
        transport.answer(200, streamBody(), "Content-Type", "text/event-stream");
        List<CompletionChunk> received = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        client.fim().streamPublisher(request()).subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletionChunk item) {
                received.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(received).extracting(CompletionChunk::text).containsExactly("return", " a + b");
    }

    @Test
    void nullRequestIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client.fim().complete(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.fim().stream(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.fim().streamPublisher(null)).isInstanceOf(ValidationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    private static String streamBody() {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"codestral-2508\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"return\"},"
                + "\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"codestral-2508\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\" a + b\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":8,\"completion_tokens\":5,\"total_tokens\":13}}\n\n"
                + "data: [DONE]\n\n";
    }
}
