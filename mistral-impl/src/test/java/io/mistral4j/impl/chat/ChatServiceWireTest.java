package io.mistral4j.impl.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.errors.UnauthorizedException;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.TransportRequest;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the chat service puts on the wire and how it reads answers, over a fake transport. */
class ChatServiceWireTest {

    private static final String KEY = "sk-wire-test-5f1e2d3c4b5a";
    private static final String OK_BODY = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1702256327,"
            + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hello!\",\"tool_calls\":null,\"prefix\":false},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7},\"new_field\":{\"x\":1}}";

    private final FakeTransport transport = new FakeTransport();
    private final MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl("https://api.example.test")
            .defaultHeader("X-Team", "search").transport(transport)
            .retry(RetryPolicy.disabled()) // one canned answer per call; retries are RetryStage's tests
            .build();

    private static ChatCompletionRequest request() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Hi").maxTokens(10).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void sendsAPostWithJsonBodyAndHeaders() {
        transport.answer(200, OK_BODY, "mistral-correlation-id", "req-123");

        ChatCompletionResponse response = client.chat().withOptions(RequestOptions.builder().header("X-Call", "1").timeout(Duration.ofSeconds(5)).build()).complete(request());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/chat/completions");
        assertThat(sent.headers().first("Authorization")).contains("Bearer " + KEY);
        assertThat(sent.headers().first("Content-Type")).contains("application/json");
        assertThat(sent.headers().first("Accept")).contains("application/json");
        assertThat(sent.headers().first("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).startsWith("mistral4j/"));
        assertThat(sent.headers().first("X-Team")).contains("search");
        assertThat(sent.headers().first("X-Call")).contains("1");
        assertThat(sent.responseTimeout()).isEqualTo(Duration.ofSeconds(5));
        JsonObject body = JsonParser.parseString(transport.body(0)).getAsJsonObject();
        assertThat(body.get("model").getAsString()).isEqualTo("mistral-small-latest");
        assertThat(body.get("max_tokens").getAsInt()).isEqualTo(10);
        assertThat(body.getAsJsonArray("messages").get(0).getAsJsonObject().get("role").getAsString())
                .isEqualTo("user");
        assertThat(body.has("stream")).isFalse();
        assertThat(body.has("temperature")).as("unset fields are not sent").isFalse();

        assertThat(response.text()).isEqualTo("Hello!");
        assertThat(response.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage().totalTokens()).isEqualTo(7);
    }

    @Test
    void rawResponseCarriesStatusHeadersAndBody() {
        transport.answer(200, OK_BODY, "mistral-correlation-id", "req-9", "x-ratelimit-remaining-tokens-minute", "99");

        ApiResponse<ChatCompletionResponse> raw = client.chat().withRawResponse().complete(request());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-9");
        assertThat(raw.rateLimits().remainingTokensPerMinute()).hasValue(99);
        assertThat(raw.rawBody()).isEqualTo(OK_BODY);
        assertThat(raw.value().id()).isEqualTo("cmpl-1");
    }

    @ParameterizedTest
    @CsvSource({
        "400, io.mistral4j.errors.BadRequestException",
        "401, io.mistral4j.errors.UnauthorizedException",
        "403, io.mistral4j.errors.PermissionDeniedException",
        "404, io.mistral4j.errors.NotFoundException",
        "409, io.mistral4j.errors.ConflictException",
        "410, io.mistral4j.errors.GoneException",
        "422, io.mistral4j.errors.UnprocessableEntityException",
        "429, io.mistral4j.errors.RateLimitException",
        "500, io.mistral4j.errors.InternalServerException",
        "503, io.mistral4j.errors.InternalServerException",
        "418, io.mistral4j.errors.UnexpectedStatusException"})
    void errorStatusesBecomeTypedExceptions(int status, Class<? extends MistralServiceException> type) {
        transport.answer(status, "{\"object\":\"error\",\"message\":\"went wrong\",\"type\":\"some_type\","
                + "\"param\":null,\"code\":\"1234\"}", "mistral-correlation-id", "req-err");

        assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(type)
                .hasMessageContaining(String.valueOf(status))
                .hasMessageContaining("went wrong")
                .hasMessageContaining("req-err")
                .hasMessageContaining("POST /v1/chat/completions")
                .satisfies(e -> {
                    MistralServiceException error = (MistralServiceException) e;
                    assertThat(error.statusCode()).isEqualTo(status);
                    assertThat(error.requestId()).contains("req-err");
                    assertThat(error.error().code()).isEqualTo("1234");
                    assertThat(error.error().type()).isEqualTo("some_type");
                });
    }

    @Test
    void validationErrorsListEachIssue() {
        transport.answer(422, "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"messages\",0,\"content\"],"
                + "\"msg\":\"Field required\",\"input\":{}}]}");

        assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("body.messages.0.content: Field required")
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues()).hasSize(1));
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        transport.answer(429, "{\"message\":\"Requests rate limit exceeded\"}", "Retry-After", "7");

        assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(RateLimitException.class)
                .satisfies(e -> assertThat(((RateLimitException) e).retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void nonJsonSuccessBodyIsATypedDecodingError() {
        transport.answer(200, "<html>gateway</html>", "mistral-correlation-id", "req-html");

        assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(MistralDecodingException.class)
                .hasMessageContaining("status 200")
                .hasMessageContaining("req-html")
                .satisfies(e -> {
                    assertThat(((MistralDecodingException) e).statusCode()).isEqualTo(200);
                    assertThat(((MistralDecodingException) e).requestId()).contains("req-html");
                });
    }

    @Test
    void truncatedBodyIsATypedDecodingError() {
        transport.answer(200, OK_BODY.substring(0, OK_BODY.length() / 2), "mistral-correlation-id", "req-cut");

        assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(MistralDecodingException.class)
                .hasMessageContaining("req-cut");
    }

    @Test
    void asyncFailuresCarryTheTypedException() {
        transport.answer(404, "{\"detail\":\"Not Found\"}");

        assertThatThrownBy(() -> client.chat().completeAsync(request()).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void asyncSuccess() {
        transport.answer(200, OK_BODY);
        assertThat(client.chat().completeAsync(request()).join().text()).isEqualTo("Hello!");
    }

    @Test
    void streamingRequestsAskForEventsAndAccumulate() {
        transport.answer(200, "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":"
                + "{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,"
                + "\"total_tokens\":5}}\n\n"
                + "data: [DONE]\n\n", "Content-Type", "text/event-stream");

        StringBuilder seen = new StringBuilder();
        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = client.chat().stream(request())) {
            stream.forEachRemaining(chunk -> seen.append(chunk.text()));
            folded = stream.accumulated();
        }

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.headers().first("Accept")).contains("text/event-stream");
        assertThat(sent.streaming()).isTrue();
        assertThat(JsonParser.parseString(transport.body(0)).getAsJsonObject().get("stream").getAsBoolean()).isTrue();
        assertThat(seen).hasToString("Hello");
        assertThat(folded.text()).isEqualTo("Hello");
        assertThat(folded.usage().totalTokens()).isEqualTo(5);
        assertThat(folded.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void aStreamCutBeforeDoneFails() {
        transport.answer(200, "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":"
                + "{\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n");

        try (ChatCompletionStream stream = client.chat().stream(request())) {
            assertThat(stream.next().text()).isEqualTo("Hel");
            assertThatThrownBy(stream::hasNext)
                    .isInstanceOf(MistralConnectionException.class)
                    .hasMessageContaining("without [DONE]")
                    .hasMessageContaining("after 1 events");
        }
    }

    @Test
    void aMalformedStreamEventIsATypedDecodingError() {
        transport.answer(200, "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":\n\n",
                "mistral-correlation-id", "req-bad-event");

        try (ChatCompletionStream stream = client.chat().stream(request())) {
            assertThatThrownBy(stream::next)
                    .isInstanceOf(MistralDecodingException.class)
                    .hasMessageContaining("req-bad-event");
        }
    }

    @Test
    void anErrorStatusOnAStreamIsTyped() {
        transport.answer(401, "{\"message\":\"Unauthorized\"}");
        assertThatThrownBy(() -> client.chat().stream(request())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void closingTheClientClosesTheTransport() {
        client.close();
        assertThat(transport.isClosed()).isTrue();
    }

    @Test
    void nullRequestIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client.chat().complete(null)).hasMessageContaining("request");
        assertThat(transport.requests()).isEmpty();
    }
}
