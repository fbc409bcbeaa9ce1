package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.UnauthorizedException;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every chat feature, end to end over real loopback sockets against the simulator. */
class ChatIntegrationTest {

    private static final String KEY = "sk-integration-9a8b7c6d5e4f";
    private static final String MODEL = "mistral-small-latest";
    private static final Tool WEATHER = Tool.function("get_weather", "Weather in a city", Map.of(
            "type", "object",
            "properties", Map.of("city", Map.of("type", "string"),
                    "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit"))),
            "required", List.of("city", "unit")));
    private static final Tool TIME = Tool.function("get_time", "Local time in a city", Map.of(
            "type", "object", "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city")));

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension(builder -> builder.apiKey(KEY));

    private static MistralSimulator simulator;
    private static MistralClient client;

    @BeforeAll
    static void connect() {
        simulator = SIMULATOR.simulator();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static ChatCompletionRequest.Builder ask(String question) {
        return ChatCompletionRequest.builder().model(MODEL).addUserMessage(question);
    }

    @Test
    void plainCompletion() {
        ApiResponse<ChatCompletionResponse> raw = client.chat().withRawResponse()
                .complete(ask("Who painted the Mona Lisa?").build());
        ChatCompletionResponse response = raw.value();

        assertThat(response.text()).isNotBlank();
        assertThat(response.model()).isEqualTo(MODEL);
        assertThat(response.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage().promptTokens()).isPositive();
        assertThat(response.usage().completionTokens()).isPositive();
        assertThat(response.usage().totalTokens())
                .isEqualTo(response.usage().promptTokens() + response.usage().completionTokens());
        assertThat(raw.requestId()).isPresent();
        assertThat(raw.rateLimits().remainingTokensPerMinute()).isPresent();
        assertThat(JsonParser.parseString(raw.rawBody()).getAsJsonObject().get("id").getAsString())
                .isEqualTo(response.id());

        RecordedRequest sent = simulator.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.bodyAsJson().getAsJsonObject().has("stream")).isFalse();
    }

    @Test
    void streamedEventsAddUpToThePlainAnswer() {
        ChatCompletionRequest request = ask("Describe the Seine in two sentences.").build();
        ChatCompletionResponse plain = client.chat().complete(request);

        List<CompletionChunk> chunks = new ArrayList<>();
        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = client.chat().stream(request)) {
            stream.forEachRemaining(chunks::add);
            folded = stream.accumulated();
            assertThat(stream.requestId()).isPresent();
        }

        assertThat(chunks).hasSizeGreaterThan(2);
        StringBuilder joined = new StringBuilder();
        chunks.forEach(chunk -> joined.append(chunk.text()));
        assertThat(joined.toString()).isEqualTo(plain.text());
        assertThat(folded.text()).isEqualTo(plain.text());
        assertThat(chunks.get(chunks.size() - 1).usage()).isNotNull();
        assertThat(folded.usage()).isEqualTo(plain.usage());
        assertThat(folded.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(simulator.requests().get(1).bodyAsJson().getAsJsonObject().get("stream").getAsBoolean()).isTrue();
    }

    @Test
    void streamAsJavaStream() {
        try (ChatCompletionStream stream = client.chat().stream(ask("Count to three").build())) {
            assertThat(stream.stream().map(CompletionChunk::text).reduce("", String::concat)).isNotBlank();
        }
    }

    @Test
    void publisherDeliversEventsOneRequestAtATime() throws InterruptedException {
        ChatCompletionRequest request = ask("Describe Lyon").build();
        String expected = client.chat().complete(request).text();
        CountDownLatch done = new CountDownLatch(1);
        StringBuilder received = new StringBuilder();
        List<Throwable> errors = new ArrayList<>();

        client.chat().streamPublisher(request).subscribe(new Flow.Subscriber<>() {
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
        assertThat(received.toString()).isEqualTo(expected);
    }

    @Test
    void asyncCompletion() {
        assertThat(client.chat().completeAsync(ask("Hello").build()).join().text()).isNotBlank();
    }

    @Test
    void toolCallingRoundTrip() {
        ChatCompletionRequest first = ask("What is the weather in Paris?").addTool(WEATHER).build();
        ChatCompletionResponse call = client.chat().complete(first);

        assertThat(call.firstChoice().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(call.toolCalls()).hasSize(1);
        ToolCall toolCall = call.toolCalls().get(0);
        assertThat(toolCall.id()).isNotBlank();
        assertThat(toolCall.function().name()).isEqualTo("get_weather");
        JsonObject arguments = JsonParser.parseString(toolCall.function().arguments()).getAsJsonObject();
        assertThat(arguments.keySet()).contains("city", "unit");
        assertThat(arguments.get("unit").getAsString()).isIn("celsius", "fahrenheit");

        ChatCompletionResponse answer = client.chat().complete(first.toBuilder()
                .addMessage(call.message())
                .addMessage(ToolMessage.of(toolCall, "{\"temperature\":21}"))
                .build());

        assertThat(answer.toolCalls()).isEmpty();
        assertThat(answer.text()).contains("21");
        JsonObject sentBack = simulator.requests().get(1).bodyAsJson().getAsJsonObject();
        assertThat(sentBack.getAsJsonArray("messages").get(2).getAsJsonObject().get("tool_call_id").getAsString())
                .isEqualTo(toolCall.id());
    }

    @Test
    void toolChoiceNoneGivesText() {
        ChatCompletionResponse response = client.chat().complete(ask("Weather in Paris?").addTool(WEATHER)
                .toolChoice(ToolChoice.none()).build());
        assertThat(response.toolCalls()).isEmpty();
        assertThat(response.text()).isNotBlank();
    }

    @Test
    void forcedFunctionIsCalled() {
        ChatCompletionResponse response = client.chat().complete(ask("Anything").addTool(WEATHER).addTool(TIME)
                .toolChoice(ToolChoice.function("get_time")).build());
        assertThat(response.toolCalls()).extracting(c -> c.function().name()).containsExactly("get_time");
    }

    @Test
    void parallelToolCallsStreamedAreAccumulatedByIndex() {
        ChatCompletionRequest request = ask("Weather and time in Rome").addTool(WEATHER).addTool(TIME)
                .toolChoice(ToolChoice.any()).build();
        ChatCompletionResponse plain = client.chat().complete(request);

        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = client.chat().stream(request)) {
            stream.forEachRemaining(chunk -> { });
            folded = stream.accumulated();
        }

        assertThat(plain.toolCalls()).hasSize(2);
        assertThat(folded.toolCalls()).extracting(c -> c.function().name()).containsExactly("get_weather", "get_time");
        assertThat(folded.toolCalls()).extracting(ToolCall::index).containsExactly(0, 1);
        for (ToolCall call : folded.toolCalls()) {
            assertThat(JsonParser.parseString(call.function().arguments()).getAsJsonObject().has("city")).isTrue();
        }
        assertThat(folded.firstChoice().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void jsonSchemaAnswerFollowsTheSchema() {
        Map<String, Object> schema = Map.of("type", "object",
                "properties", Map.of("title", Map.of("type", "string"),
                        "year", Map.of("type", "integer", "minimum", 1800, "maximum", 1900),
                        "tags", Map.of("type", "array", "items", Map.of("type", "string"), "minItems", 2)),
                "required", List.of("title", "year", "tags"));

        ChatCompletionResponse response = client.chat().complete(ask("A French novel")
                .responseFormat(ResponseFormat.jsonSchema("book", schema)).build());

        JsonObject book = JsonParser.parseString(response.text()).getAsJsonObject();
        assertThat(book.get("title").getAsString()).isNotBlank();
        assertThat(book.get("year").getAsInt()).isBetween(1800, 1900);
        assertThat(book.getAsJsonArray("tags").size()).isGreaterThanOrEqualTo(2);
        JsonObject sent = simulator.requests().get(0).bodyAsJson().getAsJsonObject();
        assertThat(sent.getAsJsonObject("response_format").get("type").getAsString()).isEqualTo("json_schema");
        assertThat(sent.getAsJsonObject("response_format").getAsJsonObject("json_schema").get("name").getAsString())
                .isEqualTo("book");
    }

    @Test
    void jsonObjectAnswerIsAnObject() {
        ChatCompletionResponse response = client.chat().complete(ask("Reply in JSON")
                .responseFormat(ResponseFormat.jsonObject()).build());
        assertThat(JsonParser.parseString(response.text()).isJsonObject()).isTrue();
    }

    @Test
    void reasoningModelsThinkingParsesPlainAndStreamed() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("magistral-medium-latest")
                .addUserMessage("Why is the sky blue?").build();
        ChatCompletionResponse plain = client.chat().complete(request);

        assertThat(plain.message().thinking()).isNotBlank();
        assertThat(plain.text()).isNotBlank().doesNotContain(plain.message().thinking());

        try (ChatCompletionStream stream = client.chat().stream(request)) {
            stream.forEachRemaining(chunk -> { });
            assertThat(stream.accumulated().message().thinking()).isEqualTo(plain.message().thinking());
            assertThat(stream.accumulated().text()).isEqualTo(plain.text());
        }
    }

    @Test
    void maxTokensCutsTheAnswer() {
        ChatCompletionResponse response = client.chat().complete(ask("Tell me a long story about Paris")
                .maxTokens(3).build());
        assertThat(response.firstChoice().finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.usage().completionTokens()).isLessThanOrEqualTo(3);
    }

    @Test
    void severalChoices() {
        ChatCompletionResponse response = client.chat().complete(ask("Say hello").n(2).build());
        assertThat(response.choices()).extracting(c -> c.index()).containsExactly(0, 1);
    }

    @Test
    void multimodalContentIsAccepted() {
        ChatCompletionResponse response = client.chat().complete(ChatCompletionRequest.builder()
                .model("pixtral-large-latest")
                .addMessage(UserMessage.of(ContentChunk.text("What is in this image?"),
                        ContentChunk.imageUrl("https://example.com/cat.png")))
                .build());
        assertThat(response.text()).isNotBlank();
        JsonObject sent = simulator.requests().get(0).bodyAsJson().getAsJsonObject();
        assertThat(sent.getAsJsonArray("messages").get(0).getAsJsonObject().getAsJsonArray("content").get(1)
                .getAsJsonObject().get("type").getAsString()).isEqualTo("image_url");
    }

    @Test
    void unknownModelIsABadRequest() {
        assertThatThrownBy(() -> client.chat().complete(ChatCompletionRequest.builder().model("no-such-model")
                .addUserMessage("hi").build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("no-such-model")
                .satisfies(e -> assertThat(((BadRequestException) e).requestId()).isPresent());
    }

    @Test
    void invalidBodyIsAValidationErrorWithItsLocation() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model(MODEL)
                .addMessage(UserMessage.of(new UnknownChunk("hologram", Map.of("beam", 1L)))).build();

        assertThatThrownBy(() -> client.chat().complete(request))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("messages")
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues()).isNotEmpty());
    }

    @Test
    void wrongKeyIsUnauthorizedAndNeverPrinted() {
        String wrongKey = "sk-wrong-1234567890";
        try (MistralClient wrong = MistralClient.builder().apiKey(wrongKey).baseUrl(simulator.baseUrl()).build()) {
            assertThatThrownBy(() -> wrong.chat().complete(ask("hi").build()))
                    .isInstanceOf(UnauthorizedException.class)
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain(wrongKey);
                        assertThat(e.toString()).doesNotContain(wrongKey);
                    });
            assertThat(wrong.toString()).doesNotContain(wrongKey);
            assertThatThrownBy(() -> wrong.chat().stream(ask("hi").build()))
                    .isInstanceOf(UnauthorizedException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongKey));
        }
        assertThat(client.toString()).doesNotContain(KEY);
    }
}
