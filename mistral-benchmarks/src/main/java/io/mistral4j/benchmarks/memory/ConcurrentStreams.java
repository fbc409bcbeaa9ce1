package io.mistral4j.benchmarks.memory;

import io.mistral4j.benchmarks.load.ChildJvm;
import java.io.BufferedReader;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 1,000 chat streams open at once through one client, with the client's heap and thread count
 * while they are open. The simulator runs in a JVM of its own and paces each stream's events
 * ({@code --chunk-delay-ms}), so that every stream stays open for seconds; the client runs in a
 * JVM of its own with a fixed heap ({@link ConcurrentStreamsWorker}).
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.memory.ConcurrentStreams}</pre>
 *
 * System properties: {@code streams.count} (1000), {@code streams.transport} (netty),
 * {@code streams.heap} (256m), {@code streams.chunkDelayMs} (300), {@code streams.readers} (4).
 * Bounded: the worker is stopped after {@code streams.timeoutSeconds} (300).
 */
public final class ConcurrentStreams {

    private static final String KEY = "sk-concurrent-streams-51e0";

    private ConcurrentStreams() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("streams.count", 1000);
        String transport = System.getProperty("streams.transport", "netty");
        String heap = System.getProperty("streams.heap", "256m");
        int readers = Integer.getInteger("streams.readers", 4);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process simulator = ChildJvm.start(List.of("-Xmx2g", "-Dsun.net.httpserver.nodelay=true",
                        "-Dsun.net.httpserver.maxIdleConnections=2000"),
                "io.mistral4j.tck.simulator.cli.SimulatorMain", List.of("--port", Integer.toString(port),
                        "--api-key", KEY, "--chunk-delay-ms", System.getProperty("streams.chunkDelayMs", "300")));
        try {
            String baseUrl = firstUrlLine(ChildJvm.output(simulator));
            List<String> options = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
            Process worker = ChildJvm.start(options, ConcurrentStreamsWorker.class.getName(),
                    List.of(baseUrl, KEY, Integer.toString(count), transport, Integer.toString(readers)));
            Thread echo = new Thread(() -> ChildJvm.output(worker).lines().forEach(System.out::println));
            echo.start();
            long timeout = Long.getLong("streams.timeoutSeconds", 300);
            if (!worker.waitFor(timeout, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
                System.out.println("STREAMS timed out after " + timeout + " s");
            }
            echo.join(5_000);
        } finally {
            simulator.destroy();
            if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
                simulator.destroyForcibly();
            }
        }
    }

    private static String firstUrlLine(BufferedReader output) throws java.io.IOException {
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("http://")) {
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "simulator-output");
                drain.setDaemon(true);
                drain.start();
                return line.trim();
            }
        }
        throw new java.io.IOException("the simulator ended before it listened");
    }
}
