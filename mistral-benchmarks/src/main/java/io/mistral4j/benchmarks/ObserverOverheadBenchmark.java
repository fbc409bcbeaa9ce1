package io.mistral4j.benchmarks;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.otel.MistralTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
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
 * What observability costs per call: a chat completion and a streamed one (ten events) through
 * the whole client (request building, decorator chain, JSON, observers) against a transport
 * that answers from memory, with
 * <ul>
 *   <li>{@code off}: {@code observability-otel} on the class path and no OpenTelemetry set up,
 *       what an application without tracing pays;</li>
 *   <li>{@code noop}: the observer given {@link OpenTelemetry#noop()}: this module's own work;</li>
 *   <li>{@code sdk}: the observer given an SDK that samples every span and aggregates every
 *       measurement (spans are handed to an exporter that drops them), what a traced
 *       application pays before export.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ObserverOverheadBenchmark {

    @Param({"off", "noop", "sdk"})
    public String observer;

    private OpenTelemetrySdk sdk;
    private MistralClient completions;
    private MistralClient streams;
    private final ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
            .addUserMessage("Who painted the Mona Lisa?").temperature(0.2).maxTokens(64).build();

    @Setup(Level.Trial)
    public void setUp() {
        completions = client(new InMemoryTransport(200, "application/json", Fixtures.COMPLETION));
        streams = client(new InMemoryTransport(200, "text/event-stream", Fixtures.STREAM));
    }

    private MistralClient client(InMemoryTransport transport) {
        MistralClient.Builder builder = MistralClient.builder().apiKey("sk-benchmark")
                .baseUrl("https://api.mistral.ai").transport(transport);
        switch (observer) {
            case "off" -> { }
            case "noop" -> builder.addObserver(MistralTelemetry.create(OpenTelemetry.noop()).observer());
            case "sdk" -> builder.addObserver(MistralTelemetry.create(sdk()).observer());
            default -> throw new IllegalArgumentException("unknown observer mode " + observer);
        }
        return builder.build();
    }

    private OpenTelemetrySdk sdk() {
        if (sdk == null) {
            sdk = OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder()
                            .addSpanProcessor(SimpleSpanProcessor.create(new DroppingSpanExporter())).build())
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

    /** Takes every finished span and keeps none. */
    private static final class DroppingSpanExporter implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
