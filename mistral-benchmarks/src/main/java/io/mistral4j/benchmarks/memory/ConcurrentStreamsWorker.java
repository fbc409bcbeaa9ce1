package io.mistral4j.benchmarks.memory;

import io.mistral4j.MistralClient;
import io.mistral4j.benchmarks.Payloads;
import io.mistral4j.chat.ChatCompletionStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens {@code count} streams from one thread, so that all are open at once, then reads them to
 * their ends round-robin on a few reader threads (a stream whose next event has not arrived
 * holds its reader only until it does, as every stream moves on by itself on the server).
 * Measures the live heap (after a GC) and the threads while all streams are open, and the peaks.
 *
 * <p>Arguments: base URL, API key, count, transport, reader threads. Prints one {@code STREAMS} line.
 */
public final class ConcurrentStreamsWorker {

    private ConcurrentStreamsWorker() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String key = args[1];
        int count = Integer.parseInt(args[2]);
        String transport = args[3];
        int readerCount = Integer.parseInt(args[4]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int threadsBefore = threads.getThreadCount();
        try (MistralClient client = MistralClient.builder().apiKey(key).baseUrl(baseUrl).transport(transport)
                .maxConnections(count + 16).build()) {
            long openStart = System.nanoTime();
            List<ChatCompletionStream> streams = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                streams.add(client.chat().stream(Payloads.TYPICAL_REQUEST));
            }
            long openMillis = (System.nanoTime() - openStart) / 1_000_000;
            int threadsOpen = threads.getThreadCount();
            System.gc();
            long liveWhileOpen = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

            AtomicLong chunks = new AtomicLong();
            AtomicLong completed = new AtomicLong();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < readerCount; r++) {
                List<ChatCompletionStream> mine = new ArrayList<>();
                for (int i = r; i < count; i += readerCount) {
                    mine.add(streams.get(i));
                }
                Thread reader = new Thread(() -> readRoundRobin(mine, chunks, completed), "reader-" + r);
                reader.start();
                readers.add(reader);
            }
            int threadsReading = threads.getThreadCount();
            for (Thread reader : readers) {
                reader.join();
            }
            System.out.println("STREAMS transport=" + transport + " open=" + count + " completed=" + completed.get()
                    + " chunks=" + chunks.get() + " openMs=" + openMillis
                    + " liveHeapWhileOpenBytes=" + liveWhileOpen + " peakHeapBytes=" + peakHeap()
                    + " maxHeapBytes=" + Runtime.getRuntime().maxMemory()
                    + " threadsBefore=" + threadsBefore + " threadsWhileOpen=" + threadsOpen
                    + " threadsWhileReading=" + threadsReading + " peakThreads=" + threads.getPeakThreadCount()
                    + " readerThreads=" + readerCount);
        }
        System.exit(0);
    }

    /** Reads one event of each open stream in turn until all have ended. */
    private static void readRoundRobin(List<ChatCompletionStream> streams, AtomicLong chunks, AtomicLong completed) {
        List<ChatCompletionStream> open = new ArrayList<>(streams);
        while (!open.isEmpty()) {
            for (int i = open.size() - 1; i >= 0; i--) {
                ChatCompletionStream stream = open.get(i);
                if (stream.hasNext()) {
                    stream.next();
                    chunks.incrementAndGet();
                } else {
                    stream.close();
                    open.remove(i);
                    completed.incrementAndGet();
                }
            }
        }
    }

    /** The sum of the heap pools' peaks (garbage included, so an upper bound of what was needed). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
