package io.mistral4j.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Why a client slows down under concurrent callers: the chat calls of {@code probe.callers}
 * threads sharing one client, each variant ({@code probe.variants}, default {@code raw,jdk}) in
 * a JVM of its own against the simulator in another, the variants taking turns for
 * {@code probe.rounds} rounds. Per round and variant it prints calls/s, CPU per call (the JIT
 * compiler's left out), context switches per call (every thread's, voluntary and not, from
 * {@code /proc/self/task}) and the threads alive by name; then the medians.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.load.ConcurrencyProbe}</pre>
 *
 * Other properties: {@code probe.calls} (4800 per round), {@code probe.warmups} (3 passes),
 * {@code probe.jvmOptions} (added to the client JVMs, e.g. a flight recording). A variant may
 * also name a {@link LoadClient} class with a constructor taking the {@link WireRequests}.
 */
public final class ConcurrencyProbe {

    private ConcurrencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("worker")) {
            worker(args[1], args[2]);
            return;
        }
        List<String> variants = Arrays.asList(System.getProperty("probe.variants", "raw,jdk").split(","));
        int rounds = Integer.getInteger("probe.rounds", 3);
        System.out.println("# load average before: " + LoadDriver.loadAverage());
        Map<String, List<double[]>> results = new TreeMap<>();
        Process simulator = LoadDriver.startSimulator(WireShape.wire());
        try {
            String baseUrl = LoadDriver.baseUrlOf(simulator);
            for (int round = 0; round < rounds; round++) {
                List<String> order = new ArrayList<>(variants);
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String variant : order) {
                    double[] figures = runWorker(variant, baseUrl);
                    if (figures != null) {
                        results.computeIfAbsent(variant, v -> new ArrayList<>()).add(figures);
                    }
                }
            }
        } finally {
            LoadDriver.stop(simulator);
        }
        System.out.println("# load average after: " + LoadDriver.loadAverage());
        System.out.println("| variant | calls/s | CPU us/call | context switches/call | threads |");
        System.out.println("|---|---:|---:|---:|---:|");
        results.forEach((variant, rows) -> System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.2f | %.0f |%n",
                variant, median(rows, 0), median(rows, 1), median(rows, 2), median(rows, 3)));
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /** One client JVM: its {@code PROBE} line as numbers, or null when it failed. */
    private static double[] runWorker(String variant, String baseUrl) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xms512m", "-Xmx512m"));
        for (String name : List.of("probe.callers", "probe.calls", "probe.warmups")) {
            String value = System.getProperty(name);
            if (value != null) {
                options.add("-D" + name + "=" + value);
            }
        }
        String extra = System.getProperty("probe.jvmOptions");
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        Process worker = ChildJvm.start(options, ConcurrencyProbe.class.getName(), List.of("worker", variant, baseUrl));
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> ChildJvm.output(worker).lines().forEach(line -> {
            synchronized (lines) {
                lines.add(line);
            }
        }), "probe-output");
        reader.start();
        boolean ended = worker.waitFor(600, TimeUnit.SECONDS);
        if (!ended) {
            worker.destroyForcibly();
        }
        reader.join(5_000);
        double[] figures = null;
        synchronized (lines) {
            for (String line : lines) {
                System.out.println("# " + variant + ": " + line);
                if (line.startsWith("PROBE ")) {
                    figures = Arrays.stream(line.substring(6).split(" ")).mapToDouble(Double::parseDouble).toArray();
                }
            }
        }
        return figures;
    }

    private static void worker(String variant, String baseUrl) throws Exception {
        int callers = Integer.getInteger("probe.callers", 16);
        int calls = Integer.getInteger("probe.calls", 4800);
        LoadClient client = client(variant, baseUrl);
        try {
            for (int i = 0; i < Integer.getInteger("probe.warmups", 3); i++) {
                LoadWorker.concurrentChat(client, callers, calls, done -> { });
            }
            System.gc();
            Map<String, Long> switchesBefore = switchesByThread();
            long switches = contextSwitches();
            double[] switchesPerCall = new double[1];
            Map<String, Integer> threads = new TreeMap<>();
            Meter.Reading reading = LoadWorker.concurrentChat(client, callers, calls, done -> {
                // counted while the callers are still alive: a thread's counts end with it
                switchesPerCall[0] = (double) (contextSwitches() - switches) / done.operations();
                threads.putAll(threadsByName());
                System.out.println("context switches per call by thread "
                        + switchesPerCallByName(switchesBefore, done.operations()));
            });
            System.out.println("threads " + threads);
            System.out.printf(Locale.ROOT, "PROBE %.1f %.2f %.3f %d%n", reading.perSecond(),
                    reading.cpuMicrosPerOperation(), switchesPerCall[0],
                    threads.values().stream().mapToInt(Integer::intValue).sum());
        } finally {
            client.close();
        }
        System.out.flush();
        System.exit(0);
    }

    /** A variant of the load driver, or a {@link LoadClient} class on the class path (for experiments). */
    private static LoadClient client(String variant, String baseUrl) throws ReflectiveOperationException {
        if (LoadWorker.VARIANTS.contains(variant)) {
            return LoadWorker.client(variant, baseUrl, LoadDriver.KEY);
        }
        return (LoadClient) Class.forName(variant).getConstructor(WireRequests.class)
                .newInstance(WireRequests.capture(baseUrl, LoadDriver.KEY));
    }

    /** Voluntary and involuntary context switches of the threads alive now. */
    private static long contextSwitches() {
        return switchesByThread().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Voluntary and involuntary context switches of each thread alive now, by thread id. */
    private static Map<String, Long> switchesByThread() {
        Map<String, Long> switches = new TreeMap<>();
        for (Path task : tasks()) {
            try {
                String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                long total = 0;
                for (String line : Files.readAllLines(task.resolve("status"))) {
                    if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                        total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
                switches.put(name + "/" + task.getFileName(), total);
            } catch (IOException | RuntimeException ended) {
                // the thread ended meanwhile
            }
        }
        return switches;
    }

    /** Context switches per call since {@code before}, summed by thread name. */
    private static Map<String, String> switchesPerCallByName(Map<String, Long> before, long calls) {
        Map<String, Long> byName = new TreeMap<>();
        switchesByThread().forEach((thread, now) -> byName.merge(thread.substring(0, thread.indexOf('/')),
                now - before.getOrDefault(thread, 0L), Long::sum));
        Map<String, String> perCall = new TreeMap<>();
        byName.forEach((name, count) -> {
            if (count * 100 >= calls) {   // 0.01 a call or more
                perCall.put(name, String.format(Locale.ROOT, "%.2f", (double) count / calls));
            }
        });
        return perCall;
    }

    /** Live threads counted by name, numbers stripped, from /proc (JVM threads included). */
    private static Map<String, Integer> threadsByName() {
        Map<String, Integer> names = new TreeMap<>();
        for (Path task : tasks()) {
            try {
                String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                names.merge(name, 1, Integer::sum);
            } catch (IOException ended) {
                // the thread ended meanwhile
            }
        }
        return names;
    }

    private static List<Path> tasks() {
        try (var stream = Files.list(Path.of("/proc/self/task"))) {
            return stream.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
