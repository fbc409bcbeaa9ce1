package io.mistral4j.tools;

import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ChatService;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tool-calling loop: sends the conversation with the tools, runs the calls the model asks for
 * (in parallel when it asks for several, each bounded by a timeout), sends each result back as a
 * tool message (a tool's exception or timeout as an {@code error: ...} text the model reads), and
 * repeats until the model answers in text or {@code maxRounds} requests were sent.
 *
 * <pre>{@code
 * ToolRunResult result = ToolRunner.builder(client.chat())
 *         .tool(JavaTool.of("get_weather", "Weather in a city", City.class, weather::in))
 *         .build()
 *         .run(ChatCompletionRequest.builder().model("mistral-small-latest").user("Weather in Paris?").build());
 * }</pre>
 *
 * A runner is immutable and may serve several threads; each {@link #run} uses its own threads for
 * the tools and stops them before it returns.
 */
public final class ToolRunner {

    private final ChatService chat;
    private final Map<String, JavaTool> tools;
    private final int maxRounds;
    private final Duration toolTimeout;
    private final Consumer<ToolExecution> listener;
    private final List<CallObserver> observers;

    private ToolRunner(Builder b) {
        this.chat = b.chat;
        this.tools = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.tools));
        this.maxRounds = b.maxRounds;
        this.toolTimeout = b.toolTimeout;
        this.listener = b.listener;
        this.observers = List.copyOf(b.observers);
    }

    /** Starts a runner sending its requests through {@code chat}. */
    public static Builder builder(ChatService chat) {
        return new Builder(Objects.requireNonNull(chat, "chat"));
    }

    /**
     * Runs the loop from {@code request}, whose tools are replaced by this runner's; API errors of a
     * request end the loop by propagating.
     */
    public ToolRunResult run(ChatCompletionRequest request) {
        return loop(request, chat::complete);
    }

    /**
     * The loop with each request streamed: every event goes to {@code onChunk} as it arrives, so the
     * model's text deltas and the tools' runs (heard through {@link Builder#listener}) interleave on
     * the calling thread in the order they happen.
     */
    public ToolRunResult runStreaming(ChatCompletionRequest request, Consumer<CompletionChunk> onChunk) {
        Objects.requireNonNull(onChunk, "onChunk");
        return loop(request, next -> {
            try (ChatCompletionStream stream = chat.stream(next)) {
                stream.forEachRemaining(onChunk);
                return stream.accumulated();
            }
        });
    }

    private ToolRunResult loop(ChatCompletionRequest request, Function<ChatCompletionRequest, ChatCompletionResponse> send) {
        List<Tool> definitions = tools.values().stream().map(JavaTool::definition).toList();
        List<Message> messages = new ArrayList<>(request.messages());
        List<ToolExecution> executions = new ArrayList<>();
        ExecutorService threads = Executors.newCachedThreadPool(ToolRunner::daemon);
        try {
            for (int round = 1; ; round++) {
                ChatCompletionResponse response = send.apply(
                        request.toBuilder().messages(messages).tools(definitions).build());
                List<ToolCall> calls = response.toolCalls();
                if (calls.isEmpty() || round >= maxRounds) {
                    return new ToolRunResult(response, messages, executions, round, !calls.isEmpty());
                }
                messages.add(response.message());
                for (ToolExecution execution : runAll(calls, threads)) {
                    executions.add(execution);
                    ToolCall call = execution.call();
                    messages.add(call.function() == null ? ToolMessage.of(call.id(), execution.result())
                            : ToolMessage.of(call, execution.result()));
                    listener.accept(execution);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Starts every call at once and collects the results in call order. */
    private List<ToolExecution> runAll(List<ToolCall> calls, ExecutorService threads) {
        List<Future<ToolExecution>> started = new ArrayList<>();
        List<List<CallListener>> listeners = new ArrayList<>();
        for (ToolCall call : calls) {
            listeners.add(ToolObservers.start(observers, call));
            started.add(threads.submit(() -> runOne(call)));
        }
        long deadline = System.nanoTime() + toolTimeout.toNanos();
        List<ToolExecution> out = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            ToolExecution execution = await(calls.get(i), started.get(i), deadline);
            ToolObservers.end(listeners.get(i), execution);
            out.add(execution);
        }
        return out;
    }

    private ToolExecution runOne(ToolCall call) {
        long start = System.nanoTime();
        JavaTool tool = call.function() == null ? null : tools.get(call.function().name());
        if (tool == null) {
            String name = call.function() == null ? null : call.function().name();
            return new ToolExecution(call, "error: there is no tool named " + name + "; the tools are " + tools.keySet(),
                    ToolExecution.Outcome.FAILED, elapsed(start), null);
        }
        try {
            return new ToolExecution(call, tool.call(call.function()), ToolExecution.Outcome.SUCCEEDED, elapsed(start), null);
        } catch (RuntimeException e) {
            return new ToolExecution(call, "error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    ToolExecution.Outcome.FAILED, elapsed(start), e);
        }
    }

    private ToolExecution await(ToolCall call, Future<ToolExecution> running, long deadline) {
        try {
            return running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return new ToolExecution(call, "error: the tool did not answer within " + toolTimeout,
                    ToolExecution.Outcome.TIMED_OUT, toolTimeout, e);
        } catch (ExecutionException e) {
            // runOne catches the tool's exceptions; an Error is all that can arrive here.
            return new ToolExecution(call, "error: " + e.getCause(), ToolExecution.Outcome.FAILED, Duration.ZERO, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            throw new IllegalStateException("interrupted while waiting for the tool " + call.function().name(), e);
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "mistral4j-tool");
        thread.setDaemon(true);
        return thread;
    }

    /** Builds a {@link ToolRunner}. */
    public static final class Builder {
        private final ChatService chat;
        private final Map<String, JavaTool> tools = new LinkedHashMap<>();
        private int maxRounds = 8;
        private Duration toolTimeout = Duration.ofSeconds(30);
        private Consumer<ToolExecution> listener = execution -> { };
        private final List<CallObserver> observers = new ArrayList<>();

        private Builder(ChatService chat) {
            this.chat = chat;
        }

        /** Adds a tool; a second tool with the same name is a {@link ValidationException}. */
        public Builder tool(JavaTool tool) {
            if (tools.putIfAbsent(tool.name(), tool) != null) {
                throw new ValidationException("tools", "two tools are named " + tool.name());
            }
            return this;
        }

        /** Adds tools. */
        public Builder tools(List<JavaTool> tools) {
            tools.forEach(this::tool);
            return this;
        }

        /** The most requests one run sends (default 8); at least 1. */
        public Builder maxRounds(int maxRounds) {
            if (maxRounds < 1) {
                throw new ValidationException("maxRounds", "must be at least 1");
            }
            this.maxRounds = maxRounds;
            return this;
        }

        /** How long the calls of one round may run together (default 30 s); late ones are interrupted. */
        public Builder toolTimeout(Duration toolTimeout) {
            if (toolTimeout == null || toolTimeout.isNegative() || toolTimeout.isZero()) {
                throw new ValidationException("toolTimeout", "must be positive");
            }
            this.toolTimeout = toolTimeout;
            return this;
        }

        /** Told of every tool call once it ran, on the thread that runs the loop. */
        public Builder listener(Consumer<ToolExecution> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Told of each tool call through {@link CallObserver#onToolStart} (an OpenTelemetry observer
         * makes an {@code execute_tool} span of it); give the observers the client has to see tool
         * calls beside the API calls.
         */
        public Builder observer(CallObserver observer) {
            observers.add(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        /** Builds the runner; at least one tool is required. */
        public ToolRunner build() {
            if (tools.isEmpty()) {
                throw new ValidationException("tools", "at least one tool is required");
            }
            return new ToolRunner(this);
        }
    }
}
