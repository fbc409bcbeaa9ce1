package io.mistral4j.benchmarks;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The client's own work per event of a stream: a 1,000-event chat stream (plus the finish event
 * with usage and {@code [DONE]}) from memory, handed out 10 events per read, read through the
 * whole client ({@code library}: the idle guard on the body, SSE parsing, chunk decoding, the
 * accumulator and the observers, with the client's default decorators) against what the raw
 * client does per event ({@code raw}: scan the bytes for blank lines). Times are per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StreamEventsBenchmark {

    static final int EVENTS = 1_000;
    static final int EVENTS_PER_READ = 10;

    private final byte[] stream = Payloads.eventStream(EVENTS);
    private final int[] readEnds = EventBatches.readEnds(stream, EVENTS_PER_READ);
    private MistralClient client;

    @Setup(Level.Trial)
    public void setUp() {
        client = client(stream, readEnds);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
    }

    /** The client's defaults: retry and circuit breaker on, no budgets, the stream idle timeout on. */
    @Benchmark
    @OperationsPerInvocation(EVENTS + 1)
    public int library(Blackhole blackhole) {
        return readStream(client, blackhole::consume);
    }

    /** Reads one stream through {@code client} to its end, each chunk and the completion to {@code sink}. */
    static int readStream(MistralClient client, Consumer<Object> sink) {
        int chunks = 0;
        try (ChatCompletionStream events = client.chat().stream(Payloads.TYPICAL_REQUEST)) {
            while (events.hasNext()) {
                sink.accept(events.next());
                chunks++;
            }
            sink.accept(events.accumulated());
        }
        return chunks;
    }

    /** What the raw client does: reads in 8 KiB, counts blank lines. */
    @Benchmark
    @OperationsPerInvocation(EVENTS + 1)
    public int raw() throws IOException {
        return scanForEvents(EventBatches.of(stream, readEnds));
    }

    static int scanForEvents(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        int events = 0;
        byte previous = 0;
        int read;
        while ((read = body.read(buffer, 0, buffer.length)) >= 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '\n' && previous == '\n') {
                    events++;
                }
                previous = b;
            }
        }
        return events;
    }

    /** The library with retry, circuit breaker and budgets off, for the decorators' share. */
    @State(Scope.Benchmark)
    public static class Bare {
        MistralClient client;

        @Setup(Level.Trial)
        public void setUp() {
            byte[] stream = Payloads.eventStream(EVENTS);
            int[] readEnds = EventBatches.readEnds(stream, EVENTS_PER_READ);
            client = MistralClient.builder().apiKey("sk-benchmark").baseUrl("https://api.mistral.ai")
                    .transport(new InMemoryTransport(200, "text/event-stream",
                            () -> EventBatches.of(stream, readEnds)))
                    .retry(RetryPolicy.disabled()).circuitBreaker(CircuitBreakerPolicy.disabled())
                    .rateLimit(RateLimitPolicy.disabled()).build();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            client.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS + 1)
    public int libraryNoDecorators(Bare bare, Blackhole blackhole) {
        return readStream(bare.client, blackhole::consume);
    }

    /** The client with the stream of this benchmark, its defaults otherwise. */
    static MistralClient client(byte[] stream, int[] readEnds) {
        return MistralClient.builder().apiKey("sk-benchmark").baseUrl("https://api.mistral.ai")
                .transport(new InMemoryTransport(200, "text/event-stream", () -> EventBatches.of(stream, readEnds)))
                .build();
    }
}
