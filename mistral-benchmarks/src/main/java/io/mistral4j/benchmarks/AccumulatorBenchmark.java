package io.mistral4j.benchmarks;

import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.impl.sse.SseEvent;
import io.mistral4j.impl.sse.SseParser;
import io.mistral4j.impl.stream.ChatStreamAccumulator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The stream accumulator folding the decoded events of a 1,000-event chat stream into the
 * completion, then building it once (the time is per stream).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccumulatorBenchmark {

    private final List<CompletionChunk> chunks = decoded(Payloads.eventStream(SseParserBenchmark.EVENTS));

    @Benchmark
    public ChatCompletionResponse foldThousandEvents() {
        ChatStreamAccumulator accumulator = new ChatStreamAccumulator();
        for (CompletionChunk chunk : chunks) {
            accumulator.add(chunk);
        }
        return accumulator.result();
    }

    static List<CompletionChunk> decoded(byte[] stream) {
        JsonCodec codec = new JsonCodec();
        List<CompletionChunk> chunks = new ArrayList<>();
        try {
            SseParser parser = new SseParser(new ByteArrayInputStream(stream));
            SseEvent event;
            while ((event = parser.next()) != null) {
                if (!event.data().equals("[DONE]")) {
                    chunks.add(codec.fromJson(event.data(), CompletionChunk.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chunks;
    }
}
