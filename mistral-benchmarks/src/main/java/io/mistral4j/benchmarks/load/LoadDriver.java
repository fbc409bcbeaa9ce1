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
 * client variant ({@link LoadWorker#VARIANTS}) in a fresh JVM of its own, run after run, the
 * variants' order rotated each run. Prints the median of each figure over the runs and its
 * ratio to the raw {@code java.net.http} baseline of the same runs, as a Markdown table.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.load.LoadDriver}</pre>
 *
 * System properties: {@code load.runs} (3), {@code load.variants} (all, comma-separated; the
 * baseline {@code raw} is always run), {@code load.workerHeap} (512m), and the sizes the workers
 * read: {@code load.chatCalls} (3000), {@code load.callers} (16), {@code load.concurrentCalls}
 * (4800), {@code load.streams} (400), {@code load.embeddingCalls} (100),
 * {@code load.warmupRounds} (2). A worker that runs longer than {@code load.workerTimeoutSeconds}
 * (600) is stopped and its run counted as failed.
 */
public final class LoadDriver {

    private static final String KEY = "sk-load-driver-3b9f1c";
    private static final List<String> SIZES = List.of("load.chatCalls", "load.callers", "load.concurrentCalls",
            "load.streams", "load.embeddingCalls", "load.warmupRounds");

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("load.runs", 3);
        List<String> variants = variants();
        System.out.println("# load driver: " + runs + " runs of " + variants + ", load average before: " + loadAverage());
        Process simulator = startSimulator();
        try {
            String baseUrl = baseUrlOf(simulator);
            Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
            variants.forEach(variant -> figures.put(variant, new LinkedHashMap<>()));
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < variants.size(); i++) {
                    String variant = variants.get((i + run) % variants.size());
                    Map<String, Double> result = runWorker(variant, baseUrl);
                    System.out.println("# run " + (run + 1) + " " + variant + ": " + result);
                    result.forEach((name, value) -> figures.get(variant)
                            .computeIfAbsent(name, n -> new ArrayList<>()).add(value));
                }
            }
            System.out.println("# load average after: " + loadAverage());
            System.out.println(Table.render(figures, variants));
        } finally {
            simulator.destroy();
            if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
                simulator.destroyForcibly();
            }
        }
    }

    private static List<String> variants() {
        String asked = System.getProperty("load.variants");
        List<String> variants = new ArrayList<>();
        variants.add("raw");
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

    private static Process startSimulator() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        // NODELAY: the JDK's HTTP server otherwise leaves Nagle on, and every small answer waits
        // for the client's delayed ACK (40 ms on Linux), which would measure TCP, not clients.
        return ChildJvm.start(List.of("-Xmx2g", "-Dsun.net.httpserver.nodelay=true",
                        "-Dsun.net.httpserver.idleInterval=3600", "-Dsun.net.httpserver.maxIdleConnections=2000"),
                "io.mistral4j.tck.simulator.MistralSimulator",
                List.of("--port", Integer.toString(port), "--api-key", KEY));
    }

    /** The simulator prints its base URL once it listens; the rest of its output is drained. */
    private static String baseUrlOf(Process simulator) throws IOException {
        BufferedReader output = ChildJvm.output(simulator);
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("http://")) {
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "simulator-output");
                drain.setDaemon(true);
                drain.start();
                return line.trim();
            }
        }
        throw new IOException("the simulator ended before it listened");
    }

    private static Map<String, Double> runWorker(String variant, String baseUrl) throws Exception {
        List<String> options = new ArrayList<>();
        String heap = System.getProperty("load.workerHeap", "512m");
        options.add("-Xms" + heap);
        options.add("-Xmx" + heap);
        for (String size : SIZES) {
            String value = System.getProperty(size);
            if (value != null) {
                options.add("-D" + size + "=" + value);
            }
        }
        Process worker = ChildJvm.start(options, LoadWorker.class.getName(), List.of(variant, baseUrl, KEY));
        Map<String, Double> result = new LinkedHashMap<>();
        StringBuilder other = new StringBuilder();
        Thread reader = new Thread(() -> ChildJvm.output(worker).lines().forEach(line -> {
            if (line.startsWith("METRIC ")) {
                String[] parts = line.split(" ");
                synchronized (result) {
                    result.put(parts[1], Double.parseDouble(parts[2]));
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
            return Map.of();
        }
        return result;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The Markdown table of medians and ratios to the baseline. */
    static final class Table {

        private Table() {
        }

        static String render(Map<String, Map<String, List<Double>>> figures, List<String> variants) {
            Map<String, List<Double>> baseline = figures.get("raw");
            List<String> metrics = new ArrayList<>();
            figures.values().forEach(byMetric -> byMetric.keySet().forEach(name -> {
                if (!metrics.contains(name) && !name.endsWith(".count")) {
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
                Double base = median(baseline == null ? null : baseline.get(metric));
                for (String variant : variants) {
                    Double value = median(figures.get(variant).get(metric));
                    out.append(' ').append(cell(metric, value, base, variant.equals("raw"))).append(" |");
                }
                out.append('\n');
            }
            return out.toString();
        }

        private static String cell(String metric, Double value, Double base, boolean isBaseline) {
            if (value == null) {
                return "n/a";
            }
            String text = String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
            if (isBaseline || base == null || base == 0) {
                return text;
            }
            // Time to first chunk is compared as a difference, every other figure as a ratio.
            if (metric.endsWith("ttfc_ms")) {
                return text + String.format(Locale.ROOT, " (%+.2f ms)", value - base);
            }
            return text + String.format(Locale.ROOT, " (%.2fx)", value / base);
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
