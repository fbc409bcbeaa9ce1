package io.mistral4j.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
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
 * The end-to-end load run: the Mistral simulator in a JVM of its own on 127.0.0.1, and each
 * client variant ({@link LoadWorker#VARIANTS}) in a fresh JVM of its own, right before or after
 * (alternately) a JVM running the raw {@code java.net.http} baseline against the same simulator;
 * each JVM measures {@code load.rounds} rounds, and that pair is one run ({@code load.runs} runs
 * per variant, the variants' order rotated each run). Prints, as a Markdown table, the median of
 * each figure over all rounds and the median over the runs of the ratio of a run's medians to
 * its baseline's.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.load.LoadDriver}</pre>
 *
 * System properties: {@code load.runs} (3), {@code load.variants} (all, comma-separated),
 * {@code load.baseline} (raw; or another variant to compare with, e.g. {@code jdk-none}),
 * {@code load.workerHeap} (512m), and the sizes the workers read: {@code load.chatCalls} (2000),
 * {@code load.callers} (16), {@code load.concurrentCalls} (4800), {@code load.streams} (500),
 * {@code load.embeddingCalls} (200), {@code load.warmupRounds} (2), {@code load.rounds} (3);
 * {@code load.workerJvmOptions} adds options to the workers' JVMs (e.g. a JFR recording).
 * {@code load.shapes} (classic,wire) picks the shapes of the simulator's answers ({@link WireShape}),
 * each measured with a simulator of its own; the {@code wire} shape's sizes are
 * {@code load.wire.streams} (500), {@code load.wire.streamEvents} (1000),
 * {@code load.wire.eventsPerFlush} (10) and {@code load.wire.answerChars} (200), and its answers
 * come from a {@link ReplayServer} (which also counts each scenario's new connections) unless
 * {@code load.wire.server} is {@code simulator}. A
 * worker that runs longer than {@code load.workerTimeoutSeconds} (600) is stopped and its run
 * counted as failed.
 */
public final class LoadDriver {

    static final String KEY = "sk-load-driver-3b9f1c";
    private static final List<String> SIZES = List.of("load.chatCalls", "load.callers", "load.concurrentCalls",
            "load.streams", "load.embeddingCalls", "load.warmupRounds", "load.rounds", "load.wire.streams");

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("load.runs", 3);
        List<String> variants = variants();
        List<WireShape> shapes = WireShape.fromProperties();
        System.out.println("# load driver: " + runs + " runs of " + variants + " in shapes " + shapes
                + ", load average before: " + loadAverage());
        long started = System.nanoTime();
        Figures figures = new Figures();
        List<String> measured = variants.subList(1, variants.size()); // the baseline runs beside each
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < measured.size(); i++) {
                String variant = measured.get((i + run) % measured.size());
                boolean baselineFirst = (run + i) % 2 == 0;
                for (WireShape shape : shapes) {
                    runPair(run, variant, shape, baselineFirst, figures);
                }
            }
        }
        System.out.println("# load average after: " + loadAverage() + "; took "
                + (System.nanoTime() - started) / 1_000_000_000L + " s");
        System.out.println(figures.table(variants));
    }

    /** One run of one variant in one shape: a fresh simulator, the baseline's JVM and the variant's. */
    private static void runPair(int run, String variant, WireShape shape, boolean baselineFirst, Figures figures)
            throws Exception {
        Process simulator = startSimulator(shape);
        Process replay = null;
        List<String[]> baseline;
        List<String[]> lines;
        try {
            String baseUrl = baseUrlOf(simulator);
            String connectionsUrl = null;
            if (shape.replayed()) {
                replay = ChildJvm.start(List.of("-Xmx512m"), ReplayServer.class.getName(),
                        List.of(baseUrl, KEY, Integer.toString(shape.eventsPerFlush())));
                String[] urls = replayUrlsOf(replay);
                baseUrl = urls[0];
                connectionsUrl = urls[1] + "/connections";
                stop(simulator); // the answers are captured; it would only take CPU from the clients
            }
            if (baselineFirst) {
                baseline = runWorker(baseline(), baseUrl, connectionsUrl, shape);
                lines = runWorker(variant, baseUrl, connectionsUrl, shape);
            } else {
                lines = runWorker(variant, baseUrl, connectionsUrl, shape);
                baseline = runWorker(baseline(), baseUrl, connectionsUrl, shape);
            }
        } finally {
            stop(simulator);
            if (replay != null) {
                stop(replay);
            }
        }
        System.out.println("# run " + (run + 1) + " " + shape.name() + " " + variant + " and raw: " + lines.size()
                + " and " + baseline.size() + " figures, load " + loadAverage());
        for (String[] line : baseline) {
            System.out.println("# figure " + (run + 1) + " raw-for-" + variant + " " + String.join(" ", line));
        }
        for (String[] line : lines) {
            System.out.println("# figure " + (run + 1) + " " + variant + " " + String.join(" ", line));
        }
        figures.addPair(variant, baseline, lines);
    }

    /** A fresh simulator for each pair of workers: it records every request it serves. */
    static void stop(Process simulator) throws InterruptedException {
        simulator.destroy();
        if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
            simulator.destroyForcibly();
        }
    }

    /** What the variants are compared with: {@code raw} unless {@code load.baseline} names another variant. */
    static String baseline() {
        return System.getProperty("load.baseline", "raw");
    }

    private static List<String> variants() {
        String asked = System.getProperty("load.variants");
        List<String> variants = new ArrayList<>();
        variants.add(baseline());
        List<String> wanted = asked == null || asked.isBlank() ? LoadWorker.VARIANTS : Arrays.asList(asked.split(","));
        for (String variant : wanted) {
            String name = variant.trim();
            if (!LoadWorker.VARIANTS.contains(name)) {
                throw new IllegalArgumentException("unknown variant " + name + "; known: " + LoadWorker.VARIANTS);
            }
            if (!variants.contains(name)) {
                variants.add(name);
            }
        }
        return variants;
    }

    static Process startSimulator(WireShape shape) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(port), "--api-key", KEY));
        arguments.addAll(shape.simulatorArguments());
        // NODELAY: the JDK's HTTP server otherwise leaves Nagle on, and every small answer waits
        // for the client's delayed ACK (40 ms on Linux), which would measure TCP, not clients.
        // The opened package lets the simulator write several events, each a chunk, per flush.
        return ChildJvm.start(List.of("-Xmx1g", "-Dsun.net.httpserver.nodelay=true",
                        "-Dsun.net.httpserver.idleInterval=3600", "-Dsun.net.httpserver.maxIdleConnections=2000",
                        "--add-opens", "jdk.httpserver/sun.net.httpserver=ALL-UNNAMED"),
                "io.mistral4j.tck.simulator.cli.SimulatorMain", arguments);
    }

    /** The simulator prints its base URL once it listens; the rest of its output is drained. */
    static String baseUrlOf(Process simulator) throws IOException {
        BufferedReader output = ChildJvm.output(simulator);
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("http://")) {
                drain(output);
                return line.trim();
            }
        }
        throw new IOException("the simulator ended before it listened");
    }

    /** A replay server prints its base URL, then {@code admin <url>}: both, the rest drained. */
    private static String[] replayUrlsOf(Process replay) throws IOException {
        BufferedReader output = ChildJvm.output(replay);
        String api = output.readLine();
        String admin = output.readLine();
        if (api == null || admin == null || !api.startsWith("http://") || !admin.startsWith("admin http://")) {
            throw new IOException("the replay server did not start: " + api + " / " + admin);
        }
        drain(output);
        return new String[] {api.trim(), admin.substring("admin ".length()).trim()};
    }

    private static void drain(BufferedReader output) {
        Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "server-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** The worker's {@code METRIC client figure value} lines, split; none when it failed. */
    private static List<String[]> runWorker(String variant, String baseUrl, String connectionsUrl, WireShape shape)
            throws Exception {
        List<String> options = new ArrayList<>();
        if (connectionsUrl != null) {
            options.add("-Dload.connectionsUrl=" + connectionsUrl);
        }
        options.add("-Dload.alone=true"); // one client per JVM: clients in one JVM slow each other down
        options.add("-Dload.shape=" + shape.name());
        String heap = System.getProperty("load.workerHeap", "512m");
        options.add("-Xms" + heap);
        options.add("-Xmx" + heap);
        String extra = System.getProperty("load.workerJvmOptions");
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        for (String size : SIZES) {
            String value = System.getProperty(size);
            if (value != null) {
                options.add("-D" + size + "=" + value);
            }
        }
        Process worker = ChildJvm.start(options, LoadWorker.class.getName(), List.of(variant, baseUrl, KEY));
        List<String[]> result = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        Thread reader = new Thread(() -> ChildJvm.output(worker).lines().forEach(line -> {
            if (line.startsWith("METRIC ")) {
                synchronized (result) {
                    result.add(line.substring(7).split(" "));
                }
            } else {
                synchronized (other) {
                    other.append(line).append('\n');
                }
            }
        }), "worker-output");
        reader.start();
        long timeout = Long.getLong("load.workerTimeoutSeconds", 600);
        boolean ended = worker.waitFor(timeout, TimeUnit.SECONDS);
        if (!ended) {
            worker.destroyForcibly();
        }
        reader.join(5_000);
        if (!ended || worker.exitValue() != 0) {
            System.out.println("# " + variant + " failed (" + (ended ? "exit " + worker.exitValue() : "timed out")
                    + "):\n" + other);
            return List.of();
        }
        synchronized (result) {
            return new ArrayList<>(result);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Every figure of every round: the baseline's from all workers, each variant's own, and the
     * ratio (for time to first chunk, the difference) of each variant to the baseline measured
     * beside it in the same round.
     */
    static final class Figures {

        private final Map<String, Map<String, List<Double>>> byColumn = new LinkedHashMap<>();

        /**
         * One run: the baseline's JVM and the variant's JVM, each with its rounds; the ratio of
         * the run is the ratio of their medians (for time to first chunk, the difference).
         */
        void addPair(String variant, List<String[]> baseline, List<String[]> measured) {
            Map<String, List<Double>> base = new LinkedHashMap<>();
            Map<String, List<Double>> own = new LinkedHashMap<>();
            for (String[] line : baseline) {
                base.computeIfAbsent(line[1], f -> new ArrayList<>()).add(Double.parseDouble(line[2]));
                add(variant, "raw", line[1], Double.parseDouble(line[2]));
            }
            for (String[] line : measured) {
                own.computeIfAbsent(line[1], f -> new ArrayList<>()).add(Double.parseDouble(line[2]));
                add(variant, line[0].equals("all") ? "all" : variant, line[1], Double.parseDouble(line[2]));
            }
            own.forEach((figure, values) -> {
                Double reference = median(base.get(figure));
                Double value = median(values);
                if (reference == null || value == null || figure.equals("errors")) {
                    return;
                }
                if (figure.endsWith("ttfc_ms")) {
                    add(variant, "delta", figure, value - reference);
                } else if (reference > 0) {
                    add(variant, "ratio", figure, value / reference);
                }
            });
        }

        void add(String variant, String client, String figure, double value) {
            if (client.equals("raw")) {
                byColumn.computeIfAbsent(variant + " beside", c -> new LinkedHashMap<>())
                        .computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
            }
            String column = switch (client) {
                case "raw" -> "raw";
                case "ratio", "delta" -> variant + "/raw";
                case "all" -> variant;
                default -> client;
            };
            byColumn.computeIfAbsent(column, c -> new LinkedHashMap<>())
                    .computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
        }

        /** Medians as a Markdown table: the baseline, then each variant with its median ratio to the baseline. */
        String table(List<String> variants) {
            List<String> metrics = new ArrayList<>();
            byColumn.values().forEach(byFigure -> byFigure.keySet().forEach(name -> {
                if (!metrics.contains(name)) {
                    metrics.add(name);
                }
            }));
            StringBuilder out = new StringBuilder("| figure |");
            variants.forEach(variant -> out.append(' ').append(variant).append(" |"));
            out.append("\n|---|");
            variants.forEach(variant -> out.append("---:|"));
            out.append('\n');
            for (String metric : metrics) {
                out.append("| ").append(metric).append(" |");
                for (String variant : variants) {
                    boolean isBaseline = variant.equals(variants.get(0));
                    Double value = median(values(isBaseline ? "raw" : variant, metric));
                    Double relative = isBaseline ? null : median(values(variant + "/raw", metric));
                    out.append(' ').append(cell(metric, value, relative)).append(" |");
                }
                out.append('\n');
            }
            out.append("\nThe baseline as measured beside each variant (the rounds its ratios come from):\n\n");
            out.append("| figure |");
            variants.subList(1, variants.size()).forEach(variant -> out.append(" raw beside ").append(variant)
                    .append(" |"));
            out.append("\n|---|");
            variants.subList(1, variants.size()).forEach(variant -> out.append("---:|"));
            out.append('\n');
            for (String metric : metrics) {
                if (metric.equals("errors")) {
                    continue;
                }
                out.append("| ").append(metric).append(" |");
                for (String variant : variants.subList(1, variants.size())) {
                    out.append(' ').append(cell(metric, median(values(variant + " beside", metric)), null))
                            .append(" |");
                }
                out.append('\n');
            }
            out.append("\n(n = rounds per figure: ");
            variants.forEach(variant -> out.append(variant).append(' ')
                    .append(values(variant, metrics.isEmpty() ? "" : metrics.get(0)).size()).append(", "));
            return out.append(")").toString();
        }

        private List<Double> values(String column, String metric) {
            Map<String, List<Double>> byFigure = byColumn.get(column);
            return byFigure == null ? List.of() : byFigure.getOrDefault(metric, List.of());
        }

        private static String cell(String metric, Double value, Double relative) {
            if (value == null) {
                return "n/a";
            }
            String text = String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
            if (relative == null) {
                return text;
            }
            return text + (metric.endsWith("ttfc_ms") ? String.format(Locale.ROOT, " (%+.2f ms)", relative)
                    : String.format(Locale.ROOT, " (%.2fx)", relative));
        }

        static Double median(List<Double> values) {
            if (values == null || values.isEmpty()) {
                return null;
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
