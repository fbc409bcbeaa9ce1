package io.mistral4j.benchmarks.memory;

import io.mistral4j.benchmarks.load.ChildJvm;
import java.io.BufferedReader;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Uploads a generated 1 GiB file and downloads it again through a client whose heap is 128 MiB,
 * once per transport, each in a JVM of its own ({@link LargeFileWorker}); the simulator runs in
 * a JVM of its own and keeps the file on disk. The same round trip as the test
 * {@code LargeFileMemoryTest} (which runs it with the JDK transport in every build), for all
 * transports and with their figures.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.memory.LargeFiles}</pre>
 *
 * System properties: {@code files.transports} (jdk,httpclient5,netty), {@code files.bytes}
 * (1073741824), {@code files.heap} (128m). Each round trip is stopped after 300 s.
 */
public final class LargeFiles {

    private static final String KEY = "sk-large-files-9d2a";

    private LargeFiles() {
    }

    public static void main(String[] args) throws Exception {
        List<String> transports = Arrays.asList(System.getProperty("files.transports", "jdk,httpclient5,netty")
                .split(","));
        String bytes = System.getProperty("files.bytes", Long.toString(1L << 30));
        String heap = System.getProperty("files.heap", "128m");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process simulator = ChildJvm.start(List.of("-Xmx512m", "-Dsun.net.httpserver.nodelay=true"),
                "io.mistral4j.tck.simulator.cli.SimulatorMain",
                List.of("--port", Integer.toString(port), "--api-key", KEY));
        try {
            String baseUrl = firstUrlLine(ChildJvm.output(simulator));
            for (String transport : transports) {
                Process worker = ChildJvm.start(List.of("-Xmx" + heap), LargeFileWorker.class.getName(),
                        List.of(baseUrl, KEY, bytes, transport.trim()));
                Thread echo = new Thread(() -> ChildJvm.output(worker).lines().forEach(System.out::println));
                echo.start();
                if (!worker.waitFor(300, TimeUnit.SECONDS)) {
                    worker.destroyForcibly();
                    System.out.println("ROUNDTRIP transport=" + transport + " timed out");
                }
                echo.join(5_000);
            }
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
