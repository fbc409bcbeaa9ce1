package io.mistral4j.benchmarks;

import io.mistral4j.impl.sse.SseEvent;
import io.mistral4j.impl.sse.SseParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** The SSE parser alone over a 1,000-event chat stream held in memory (the time is per stream). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SseParserBenchmark {

    static final int EVENTS = 1_000;

    private final byte[] stream = Payloads.eventStream(EVENTS);

    @Benchmark
    public int parseThousandEvents(Blackhole blackhole) throws IOException {
        SseParser parser = new SseParser(new ByteArrayInputStream(stream));
        int count = 0;
        SseEvent event;
        while ((event = parser.next()) != null) {
            blackhole.consume(event);
            count++;
        }
        return count;
    }
}
