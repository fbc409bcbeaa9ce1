package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.fim.FimCompletionRequest;
import io.mistral4j.tck.simulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fill-in-the-middle end to end over loopback sockets against the simulator. */
class FimIntegrationTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static MistralClient client;

    @BeforeAll
    static void connect() {
        client = SIMULATOR.newClient();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static FimCompletionRequest.Builder gap() {
        return FimCompletionRequest.builder().model("codestral-latest")
                .prompt("def fibonacci(n):\n    ").suffix("\n\nprint(fibonacci(10))");
    }

    @Test
    void fillsTheGapBetweenPromptAndSuffix() {
        ApiResponse<ChatCompletionResponse> raw = client.fim().withRawResponse().complete(gap().build());
        ChatCompletionResponse response = raw.value();

        assertThat(response.text()).contains("def fibonacci(n):", "print(fibonacci(10))");
        assertThat(response.object()).isEqualTo("chat.completion");
        assertThat(response.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage().promptTokens()).isPositive();
        assertThat(response.usage().totalTokens())
                .isEqualTo(response.usage().promptTokens() + response.usage().completionTokens());
        assertThat(raw.requestId()).isPresent();
        RecordedRequest sent = SIMULATOR.requests().get(0);
        assertThat(sent.path()).isEqualTo("/v1/fim/completions");
        assertThat(sent.bodyAsJson().getAsJsonObject().has("stream")).isFalse();
    }

    @Test
    void sameRequestSameAnswer() {
        assertThat(client.fim().complete(gap().build()).text()).isEqualTo(client.fim().complete(gap().build()).text());
    }

    @Test
    void streamedEventsAddUpToThePlainAnswer() {
        FimCompletionRequest request = gap().build();
        ChatCompletionResponse plain = client.fim().complete(request);

        List<CompletionChunk> chunks = new ArrayList<>();
        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = client.fim().stream(request)) {
            stream.forEachRemaining(chunks::add);
            folded = stream.accumulated();
            assertThat(stream.requestId()).isPresent();
        }

        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(chunks.stream().map(CompletionChunk::text).reduce("", String::concat)).isEqualTo(plain.text());
        assertThat(folded.text()).isEqualTo(plain.text());
        assertThat(folded.usage()).isEqualTo(plain.usage());
        assertThat(SIMULATOR.requests().get(1).bodyAsJson().getAsJsonObject().get("stream").getAsBoolean()).isTrue();
    }

    @Test
    void publisherDeliversTheWholeAnswer() throws InterruptedException {
        FimCompletionRequest request = gap().build();
        String expected = client.fim().complete(request).text();
        StringBuilder received = new StringBuilder();
        List<Throwable> errors = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        client.fim().streamPublisher(request).subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(CompletionChunk item) {
                received.append(item.text());
                subscription.request(1);
            }

            @Override
            public void onError(Throwable throwable) {
                errors.add(throwable);
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(errors).isEmpty();
        assertThat(received).hasToString(expected);
    }

    @Test
    void asyncCompletion() {
        assertThat(client.fim().completeAsync(gap().build()).join().text()).contains("fibonacci");
        assertThat(client.fim().withRawResponse().completeAsync(gap().build()).join().statusCode()).isEqualTo(200);
    }

    @Test
    void maxTokensStopAndMinTokensAreHonoured() {
        ChatCompletionResponse cut = client.fim().complete(gap().maxTokens(3).build());
        ChatCompletionResponse stopped = client.fim().complete(gap().stop("fill").build());
        ChatCompletionResponse padded = client.fim().complete(gap().minTokens(80).build());

        assertThat(cut.firstChoice().finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(cut.usage().completionTokens()).isLessThanOrEqualTo(3);
        assertThat(stopped.text()).doesNotContain("fill").isNotEmpty();
        assertThat(padded.usage().completionTokens()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void aModelWithoutFimIsABadRequest() {
        assertThatThrownBy(() -> client.fim().complete(gap().model("mistral-small-latest").build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("mistral-small-latest");
    }

    @Test
    void anInvalidBodyIsA422NamingTheField() {
        // The canonical constructor skips the builder's checks, so the server's validation is what answers.
        FimCompletionRequest tooHot = new FimCompletionRequest("codestral-latest", "x", null, 2.0, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> client.fim().complete(tooHot))
                .isInstanceOf(UnprocessableEntityException.class)
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues())
                        .anySatisfy(issue -> assertThat(issue.loc()).containsExactly("body", "temperature")));
    }
}
