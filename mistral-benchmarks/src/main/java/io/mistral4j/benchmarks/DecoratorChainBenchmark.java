package io.mistral4j.benchmarks;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.otel.MistralTelemetry;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the decorators cost per call: a chat completion and a streamed one (ten events) through
 * the whole client against a transport that answers from memory, with
 * <ul>
 *   <li>{@code none}: retry and circuit breaker off, no budgets, no observer added (the bare
 *       service call: request building, the always-on timeouts, JSON);</li>
 *   <li>{@code all}: retry (3 attempts), circuit breaker, request and token budgets too large
 *       to ever wait, and an OpenTelemetry observer on an SDK that samples every span and has no
 *       exporter.</li>
 * </ul>
 * The {@code observability-otel} module is on this class path, so both also carry the observer
 * found through ServiceLoader, which reports nothing while no global OpenTelemetry is set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecoratorChainBenchmark {

    @Param({"none", "all"})
    public String decorators;

    private OpenTelemetrySdk sdk;
    private MistralClient completions;
    private MistralClient streams;
    private final ChatCompletionRequest request = Payloads.TYPICAL_REQUEST;

    @Setup(Level.Trial)
    public void setUp() {
        completions = client(new InMemoryTransport(200, "application/json", Fixtures.COMPLETION));
        streams = client(new InMemoryTransport(200, "text/event-stream", Fixtures.STREAM));
    }

    private MistralClient client(InMemoryTransport transport) {
        MistralClient.Builder builder = MistralClient.builder().apiKey("sk-benchmark")
                .baseUrl("https://api.mistral.ai").transport(transport);
        switch (decorators) {
            case "none" -> builder.retry(RetryPolicy.disabled()).circuitBreaker(CircuitBreakerPolicy.disabled())
                    .rateLimit(RateLimitPolicy.disabled());
            case "all" -> builder.retry(RetryPolicy.defaults()).circuitBreaker(CircuitBreakerPolicy.defaults())
                    .rateLimit(RateLimitPolicy.builder().requestsPerSecond(1_000_000L)
                            .tokensPerMinute(10_000_000_000L).learnFromHeaders(false).build())
                    .addObserver(MistralTelemetry.create(sdk()).observer());
            default -> throw new IllegalArgumentException("unknown decorators " + decorators);
        }
        return builder.build();
    }

    /** Samples and records every span and measurement, and exports nothing. */
    private OpenTelemetrySdk sdk() {
        if (sdk == null) {
            sdk = OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder().build())
                    .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(new DiscardingMetricReader())
                            .build())
                    .build();
        }
        return sdk;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        completions.close();
        streams.close();
        if (sdk != null) {
            sdk.close();
        }
    }

    @Benchmark
    public ChatCompletionResponse chatCompletion() {
        return completions.chat().complete(request);
    }

    @Benchmark
    public void streamedChatCompletion(Blackhole blackhole) {
        try (ChatCompletionStream stream = streams.chat().stream(request)) {
            while (stream.hasNext()) {
                blackhole.consume(stream.next());
            }
        }
    }
}
