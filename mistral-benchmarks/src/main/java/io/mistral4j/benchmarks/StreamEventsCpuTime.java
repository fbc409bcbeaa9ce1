package io.mistral4j.benchmarks;

import io.mistral4j.MistralClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link StreamEventsBenchmark}'s two readers timed by the reading thread's own CPU time, which
 * a loaded machine disturbs less than wall time: after {@code stream.warmups} (300) streams of
 * each, {@code stream.rounds} (9) rounds of {@code stream.count} (40) library streams then as
 * many raw ones; prints the median and the lowest CPU per event of each, and the library's
 * allocation per event.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.StreamEventsCpuTime}</pre>
 */
public final class StreamEventsCpuTime {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long sink;

    private StreamEventsCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int warmups = Integer.getInteger("stream.warmups", 300);
        int rounds = Integer.getInteger("stream.rounds", 9);
        int count = Integer.getInteger("stream.count", 40);
        byte[] stream = Payloads.eventStream(StreamEventsBenchmark.EVENTS);
        int[] readEnds = EventBatches.readEnds(stream, StreamEventsBenchmark.EVENTS_PER_READ);
        double events = count * (StreamEventsBenchmark.EVENTS + 1.0);
        double[] library = new double[rounds];
        double[] raw = new double[rounds];
        double[] allocated = new double[rounds];
        long thread = Thread.currentThread().getId();
        try (MistralClient client = StreamEventsBenchmark.client(stream, readEnds)) {
            for (int i = 0; i < warmups; i++) {
                sink += StreamEventsBenchmark.readStream(client, chunk -> sink++);
                sink += StreamEventsBenchmark.scanForEvents(EventBatches.of(stream, readEnds));
            }
            for (int round = 0; round < rounds; round++) {
                long bytes = THREADS.getThreadAllocatedBytes(thread);
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < count; i++) {
                    sink += StreamEventsBenchmark.readStream(client, chunk -> sink++);
                }
                long middle = THREADS.getCurrentThreadCpuTime();
                allocated[round] = (THREADS.getThreadAllocatedBytes(thread) - bytes) / events;
                for (int i = 0; i < count; i++) {
                    sink += StreamEventsBenchmark.scanForEvents(EventBatches.of(stream, readEnds));
                }
                library[round] = (middle - start) / events;
                raw[round] = (THREADS.getCurrentThreadCpuTime() - middle) / events;
            }
        }
        Arrays.sort(library);
        Arrays.sort(raw);
        Arrays.sort(allocated);
        System.out.printf(Locale.ROOT, "library %.0f ns/event (lowest %.0f), raw %.1f ns/event (lowest %.1f), "
                        + "library allocates %.0f B/event (%d)%n", library[rounds / 2], library[0], raw[rounds / 2],
                raw[0], allocated[rounds / 2], sink % 2);
    }
}
