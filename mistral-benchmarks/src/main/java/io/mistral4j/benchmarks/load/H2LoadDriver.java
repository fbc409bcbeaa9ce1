package io.mistral4j.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/2 against an HTTP/1.1 pool over TLS: 64 callers sharing one client, each reading chat
 * streams one after the other, for each transport that speaks both. The server
 * ({@link TlsStreamServer}, a JVM of its own) replays the simulator's stream on a port whose
 * ALPN offers {@code h2} and on one offering {@code http/1.1} only, so each transport runs with
 * its defaults; each (transport, protocol) pair runs in a fresh JVM ({@link H2LoadWorker}), the
 * pairs' order alternating from run to run. Prints a Markdown table of the medians over every
 * measured round of every run.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.load.H2LoadDriver}</pre>
 *
 * System properties: {@code h2.runs} (1), {@code h2.transports} (jdk,httpclient5,netty),
 * {@code h2.workerHeap} (512m), and what the workers read: {@code h2.callers} (64),
 * {@code h2.streamsPerCaller} (20), {@code h2.warmupRounds} (2), {@code h2.rounds} (3),
 * {@code h2.primeFirst} (false: the first 64 calls go out at once, as a cold client's would). A worker
 * still running after {@code h2.workerTimeoutSeconds} (600) is stopped and its run reported failed.
 */
public final class H2LoadDriver {

    private static final List<String> PASSED_ON = List.of("h2.callers", "h2.streamsPerCaller", "h2.warmupRounds",
            "h2.rounds", "h2.primeFirst");

    private H2LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("h2.runs", 1);
        List<String> transports = Arrays.asList(System.getProperty("h2.transports", "jdk,httpclient5,netty")
                .split(","));
        Path certificate = Files.createTempFile("mistral4j-load-ca", ".der");
        Process server = ChildJvm.start(List.of("-Xmx1g"), TlsStreamServer.class.getName(),
                List.of(certificate.toString()));
        Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
        try {
            Map<String, String> urls = urlsOf(server);
            System.out.println("# h2 load driver: " + runs + " run(s) of " + transports + " on h2 and h1, load "
                    + LoadDriver.loadAverage());
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < transports.size(); i++) {
                    String transport = transports.get(i).trim();
                    List<String> protocols = (run + i) % 2 == 0 ? List.of("h2", "h1") : List.of("h1", "h2");
                    for (String protocol : protocols) {
                        String stats = urls.get("admin") + "/stats?port=" + urls.get(protocol).replaceAll(".*:", "");
                        List<String[]> lines = runWorker(List.of(transport, urls.get(protocol),
                                certificate.toString(), stats));
                        String column = transport + " " + (protocol.equals("h2") ? "HTTP/2" : "HTTP/1.1 pool");
                        System.out.println("# run " + (run + 1) + " " + column + ": " + lines.size()
                                + " figures, load " + LoadDriver.loadAverage());
                        for (String[] line : lines) {
                            System.out.println("# figure " + (run + 1) + " " + column + " " + String.join(" ", line));
                            figures.computeIfAbsent(column, c -> new LinkedHashMap<>())
                                    .computeIfAbsent(line[0], f -> new ArrayList<>()).add(Double.parseDouble(line[1]));
                        }
                    }
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            Files.deleteIfExists(certificate);
        }
        System.out.println("# load average after: " + LoadDriver.loadAverage());
        System.out.println(table(figures));
    }

    /** The server's {@code name url} lines, up to {@code ready}; the rest of its output is drained. */
    private static Map<String, String> urlsOf(Process server) throws IOException {
        BufferedReader output = ChildJvm.output(server);
        Map<String, String> urls = new LinkedHashMap<>();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "tls-server-output");
                drain.setDaemon(true);
                drain.start();
                return urls;
            }
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[1].startsWith("http")) {
                urls.put(parts[0], parts[1]);
            }
        }
        throw new IOException("the TLS stream server ended before it was ready");
    }

    /** The worker's {@code METRIC figure value} lines, split; none when it failed. */
    private static List<String[]> runWorker(List<String> arguments) throws Exception {
        List<String> options = new ArrayList<>();
        String heap = System.getProperty("h2.workerHeap", "512m");
        options.add("-Xms" + heap);
        options.add("-Xmx" + heap);
        for (String name : PASSED_ON) {
            if (System.getProperty(name) != null) {
                options.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        Process worker = ChildJvm.start(options, H2LoadWorker.class.getName(), arguments);
        List<String[]> metrics = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        Thread reader = new Thread(() -> ChildJvm.output(worker).lines().forEach(line -> {
            synchronized (metrics) {
                if (line.startsWith("METRIC ")) {
                    metrics.add(line.substring(7).split(" "));
                } else {
                    other.append(line).append('\n');
                }
            }
        }), "h2-worker-output");
        reader.start();
        boolean ended = worker.waitFor(Long.getLong("h2.workerTimeoutSeconds", 600), TimeUnit.SECONDS);
        if (!ended) {
            worker.destroyForcibly();
        }
        reader.join(5_000);
        synchronized (metrics) {
            if (!ended || worker.exitValue() != 0) {
                System.out.println("# " + arguments.get(0) + " failed (" + (ended ? "exit " + worker.exitValue()
                        : "timed out") + "):\n" + other);
                return List.of();
            }
            if (metrics.stream().anyMatch(line -> line[0].equals("errors") && Double.parseDouble(line[1]) > 0)) {
                System.out.println("# " + arguments.get(0) + " had errors; the first:\n" + other);
            }
            return new ArrayList<>(metrics);
        }
    }

    private static String table(Map<String, Map<String, List<Double>>> figures) {
        List<String> names = new ArrayList<>();
        figures.values().forEach(byFigure -> byFigure.keySet().forEach(name -> {
            if (!names.contains(name)) {
                names.add(name);
            }
        }));
        StringBuilder out = new StringBuilder("| figure |");
        figures.keySet().forEach(column -> out.append(' ').append(column).append(" |"));
        out.append("\n|---|");
        figures.keySet().forEach(column -> out.append("---:|"));
        out.append('\n');
        for (String name : names) {
            out.append("| ").append(name).append(" |");
            for (Map<String, List<Double>> byFigure : figures.values()) {
                Double median = LoadDriver.Figures.median(byFigure.get(name));
                out.append(' ').append(median == null ? "n/a" : String.format(Locale.ROOT,
                        median >= 100 ? "%.0f" : median >= 10 ? "%.1f" : "%.2f", median)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
