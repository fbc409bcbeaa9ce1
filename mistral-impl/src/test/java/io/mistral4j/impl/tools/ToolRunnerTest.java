package io.mistral4j.impl.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.ApiResponse;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ChatService;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.Usage;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.ToolInvocation;
import io.mistral4j.tools.JavaTool;
import io.mistral4j.tools.ToolExecution;
import io.mistral4j.tools.ToolExecution.Outcome;
import io.mistral4j.tools.ToolRunResult;
import io.mistral4j.tools.ToolRunner;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The loop against a scripted model: parallel calls, failing and slow tools, the round bound. */
class ToolRunnerTest {

    record City(String name) {
    }

    private static final ChatCompletionRequest ASK = ChatCompletionRequest.builder().model("m")
            .addUserMessage("Weather and time in Paris?").build();

    @Test
    void runsSeveralCallsInParallelAndEndsWithTheTextAnswer() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        JavaTool weather = JavaTool.of("weather", "Weather in a city", City.class,
                city -> meet(bothStarted) + "sunny in " + city.name());
        JavaTool time = JavaTool.of("time", "Time in a city", City.class, city -> meet(bothStarted) + "noon");
        ScriptedChat chat = new ScriptedChat(
                calls(ToolCall.of("a", "weather", "{\"name\":\"Paris\"}"), ToolCall.of("b", "time", "{\"name\":\"Paris\"}")),
                text("Sunny, and it is noon."));

        ToolRunResult result = ToolRunner.builder(chat).tool(weather).tool(time).toolTimeout(Duration.ofSeconds(10))
                .build().run(ASK);

        assertThat(result.text()).isEqualTo("Sunny, and it is noon.");
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.roundLimitReached()).isFalse();
        assertThat(result.executions()).extracting(ToolExecution::result).containsExactly("sunny in Paris", "noon");
        ChatCompletionRequest second = chat.requests.get(1);
        assertThat(second.tools()).hasSize(2);
        assertThat(second.messages()).hasSize(4);
        assertThat(second.messages().get(2)).isEqualTo(ToolMessage.of(ToolCall.of("a", "weather", "{}"), "sunny in Paris"));
        assertThat(second.messages().get(3)).isEqualTo(ToolMessage.of(ToolCall.of("b", "time", "{}"), "noon"));
    }

    @Test
    void aFailingToolSendsItsErrorToTheModel() {
        JavaTool broken = JavaTool.of("weather", "Weather", City.class, city -> {
            throw new IllegalArgumentException("unknown city " + city.name());
        });
        List<ToolExecution> heard = new ArrayList<>();
        ScriptedChat chat = new ScriptedChat(calls(ToolCall.of("a", "weather", "{\"name\":\"Atlantis\"}")),
                text("I could not find it."));

        ToolRunResult result = ToolRunner.builder(chat).tool(broken).listener(heard::add).build().run(ASK);

        assertThat(result.text()).isEqualTo("I could not find it.");
        ToolExecution execution = result.executions().get(0);
        assertThat(execution.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(execution.result()).isEqualTo("error: IllegalArgumentException: unknown city Atlantis");
        assertThat(execution.error()).isInstanceOf(IllegalArgumentException.class);
        assertThat(heard).containsExactly(execution);
        assertThat(chat.requests.get(1).messages().get(2))
                .isEqualTo(ToolMessage.of(ToolCall.of("a", "weather", "{}"), "error: IllegalArgumentException: unknown city Atlantis"));
    }

    @Test
    void aSlowToolTimesOutAndIsInterrupted() {
        CountDownLatch interrupted = new CountDownLatch(1);
        JavaTool slow = JavaTool.of("weather", "Weather", City.class, city -> {
            try {
                Thread.sleep(20_000);
                return "late";
            } catch (InterruptedException e) {
                interrupted.countDown();
                return "interrupted";
            }
        });
        JavaTool quick = JavaTool.of("time", "Time", City.class, city -> "noon");
        ScriptedChat chat = new ScriptedChat(
                calls(ToolCall.of("a", "weather", "{\"name\":\"Paris\"}"), ToolCall.of("b", "time", "{\"name\":\"Paris\"}")),
                text("It is noon."));

        ToolRunResult result = ToolRunner.builder(chat).tool(slow).tool(quick).toolTimeout(Duration.ofMillis(200))
                .build().run(ASK);

        assertThat(result.executions()).extracting(ToolExecution::outcome).containsExactly(Outcome.TIMED_OUT, Outcome.SUCCEEDED);
        assertThat(result.executions().get(0).result()).isEqualTo("error: the tool did not answer within PT0.2S");
        assertThat(await(interrupted)).isTrue();
    }

    @Test
    void stopsAtTheRoundBoundWhenTheModelKeepsCalling() {
        JavaTool weather = JavaTool.of("weather", "Weather", City.class, city -> "sunny");
        ScriptedChat chat = new ScriptedChat(calls(ToolCall.of("a", "weather", "{\"name\":\"Paris\"}")),
                calls(ToolCall.of("b", "weather", "{\"name\":\"Paris\"}")),
                calls(ToolCall.of("c", "weather", "{\"name\":\"Paris\"}")));

        ToolRunResult result = ToolRunner.builder(chat).tool(weather).maxRounds(3).build().run(ASK);

        assertThat(result.roundLimitReached()).isTrue();
        assertThat(result.rounds()).isEqualTo(3);
        assertThat(chat.requests).hasSize(3);
        assertThat(result.executions()).hasSize(2);
        assertThat(result.response().toolCalls()).extracting(ToolCall::id).containsExactly("c");
    }

    @Test
    void observersHearEachToolRunEndOrFail() {
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        CallObserver observer = new CallObserver() {
            @Override
            public CallListener onStart(ApiCall call) {
                return CallListener.NONE;
            }

            @Override
            public CallListener onToolStart(ToolInvocation tool) {
                events.add("start " + tool.toolName() + " " + tool.callId() + " " + tool.arguments());
                return new CallListener() {
                    @Override
                    public void onResult(Object result) {
                        events.add("result " + result);
                    }

                    @Override
                    public void onEnd() {
                        events.add("end " + tool.toolName());
                    }

                    @Override
                    public void onError(Throwable error) {
                        events.add("error " + tool.toolName() + " " + error.getClass().getSimpleName());
                    }
                };
            }
        };
        JavaTool weather = JavaTool.of("weather", "Weather", City.class, city -> "sunny");
        JavaTool slow = JavaTool.of("time", "Time", City.class, city -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });
        ScriptedChat chat = new ScriptedChat(
                calls(ToolCall.of("a", "weather", "{\"name\":\"Paris\"}"), ToolCall.of("b", "time", "{\"name\":\"Paris\"}")),
                text("Sunny."));

        ToolRunner.builder(chat).tool(weather).tool(slow).toolTimeout(Duration.ofMillis(200)).observer(observer)
                .build().run(ASK);

        assertThat(events).containsExactly("start weather a {\"name\":\"Paris\"}", "start time b {\"name\":\"Paris\"}",
                "result sunny", "end weather", "error time TimeoutException");
    }

    @Test
    void aCallOfAnUnknownToolIsAnErrorTheModelReads() {
        JavaTool weather = JavaTool.of("weather", "Weather", City.class, city -> "sunny");
        ScriptedChat chat = new ScriptedChat(calls(ToolCall.of("a", "stocks", "{}")), text("Sorry."));

        ToolRunResult result = ToolRunner.builder(chat).tool(weather).build().run(ASK);

        assertThat(result.executions().get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.executions().get(0).result()).startsWith("error: there is no tool named stocks");
    }

    private static String meet(CountDownLatch latch) {
        latch.countDown();
        return await(latch) ? "" : "alone: ";
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ChatCompletionResponse calls(ToolCall... calls) {
        return answer(AssistantMessage.ofToolCalls(List.of(calls)), FinishReason.TOOL_CALLS);
    }

    private static ChatCompletionResponse text(String text) {
        return answer(AssistantMessage.of(text), FinishReason.STOP);
    }

    private static ChatCompletionResponse answer(AssistantMessage message, FinishReason reason) {
        return new ChatCompletionResponse("id", "chat.completion", 0, "m", Usage.of(1, 1),
                List.of(new ChatCompletionChoice(0, message, reason)));
    }

    /** A model that answers with the given responses in turn and keeps the requests. */
    private static final class ScriptedChat implements ChatService {
        final List<ChatCompletionRequest> requests = new ArrayList<>();
        private final Deque<ChatCompletionResponse> answers;

        ScriptedChat(ChatCompletionResponse... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public ChatCompletionResponse complete(ChatCompletionRequest request) {
            requests.add(request);
            return answers.removeFirst();
        }

        @Override
        public ChatCompletionStream stream(ChatCompletionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Flow.Publisher<CompletionChunk> streamPublisher(ChatCompletionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WithRawResponse withRawResponse() {
            return new WithRawResponse() {
                @Override
                public ApiResponse<ChatCompletionResponse> complete(ChatCompletionRequest request) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public CompletableFuture<ApiResponse<ChatCompletionResponse>> completeAsync(ChatCompletionRequest request) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public WithRawResponse withOptions(RequestOptions options) {
                    return this;
                }
            };
        }

        @Override
        public ChatService withOptions(RequestOptions options) {
            return this;
        }
    }
}
