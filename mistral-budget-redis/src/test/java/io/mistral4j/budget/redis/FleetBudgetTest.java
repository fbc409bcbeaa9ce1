package io.mistral4j.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.WorkspaceLimit;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of 4 client JVMs with 8 threads each against one simulator enforcing a workspace limit
 * of 20 requests per second and 50,000 tokens per minute, every instance configured with that
 * same limit. Budgets shared through a real Redis keep the fleet within it: no 429, and the
 * server admits calls at the limit (within 5%). Budgets per process (the control) let the fleet
 * send four times the limit, and the server refuses the excess with 429s.
 */
@Timeout(180)
class FleetBudgetTest {

    private static final int INSTANCES = 4;
    /** The longest the children's JVMs may take to be ready. */
    private static final long READY_MILLIS = 60_000;
    private static final long RUN_MILLIS = 12_000;
    /** The rate is measured after the first bucket's burst, away from both ends. */
    private static final long MEASURE_FROM_MILLIS = 2_000;
    private static final long MEASURE_TO_MILLIS = 10_000;

    private static RedisServer redis;

    @TempDir
    Path reports;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aSharedBudgetKeepsTheFleetWithinTheWorkspaceLimit() throws Exception {
        Fleet fleet = run("shared");

        assertThat(fleet.sum("failed")).as(fleet.failures()).isZero();
        assertThat(fleet.sum("rateLimited")).as("429s seen by the fleet; %s", fleet).isZero();
        assertThat(fleet.serverRateLimited).as("429s sent by the server").isZero();
        // Sustained, the fleet runs at the limit: at least 95% of it. A bucket lets one burst of its
        // capacity (one second's worth) through after a pause, e.g. when a loaded machine stalls the
        // fleet's JVMs, so over the window the server may admit the limit plus that one burst, no more.
        double limit = FleetWorker.REQUESTS_PER_SECOND;
        assertThat(fleet.measuredRate).as("requests per second the server admitted; %s", fleet)
                .isGreaterThanOrEqualTo(limit * 0.95)
                .isLessThanOrEqualTo(limit * 1.05 + limit / fleet.windowSeconds);
    }

    @Test
    void budgetsPerProcessOfTheSameLimitGet429s() throws Exception {
        Fleet fleet = run("local");

        assertThat(fleet.sum("failed")).as(fleet.failures()).isZero();
        assertThat(fleet.sum("rateLimited")).as("429s seen by the fleet; %s", fleet).isPositive();
        assertThat(fleet.serverRateLimited).isEqualTo(fleet.sum("rateLimited"));
    }

    private record Fleet(List<Properties> reports, long serverRateLimited, double measuredRate,
                         double windowSeconds) {
        long sum(String key) {
            return reports.stream().mapToLong(report -> Long.parseLong(report.getProperty(key, "0"))).sum();
        }

        String failures() {
            StringBuilder text = new StringBuilder();
            reports.forEach(report -> text.append(report.getProperty("failures", "")));
            return text.toString();
        }
    }

    private Fleet run(String mode) throws Exception {
        // 33 JVM threads, Redis and the simulator share this machine's cores: a request may reach the
        // server up to a second after its turn, and a real limiter tolerates such delay variation.
        WorkspaceLimit limit = new WorkspaceLimit(FleetWorker.REQUESTS_PER_SECOND, 0, FleetWorker.TOKENS_PER_MINUTE,
                Duration.ofSeconds(1));
        try (MistralSimulator simulator = MistralSimulator.builder().workspaceLimit(limit).start()) {
            String workspace = "fleet-" + UUID.randomUUID();
            List<Process> children = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                Path report = reports.resolve(mode + "-" + i + ".properties");
                files.add(report);
                children.add(new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                        "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                        FleetWorker.class.getName(), simulator.baseUrl(), mode, redis.uri(), workspace,
                        report.toString()))
                        .redirectErrorStream(true).redirectOutput(reports.resolve(mode + "-" + i + ".log").toFile())
                        .start());
            }
            awaitReady(files, children);
            long start = System.currentTimeMillis() + 500;
            for (Path report : files) {
                Path go = FleetWorker.sibling(report, ".go");
                Path partial = FleetWorker.sibling(report, ".partial");
                Files.writeString(partial, start + " " + (start + RUN_MILLIS));
                Files.move(partial, go, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            sleepUntil(start + MEASURE_FROM_MILLIS);
            long admittedFrom = simulator.admittedCalls();
            long from = System.nanoTime();
            sleepUntil(start + MEASURE_TO_MILLIS);
            long admittedTo = simulator.admittedCalls();
            double windowSeconds = (System.nanoTime() - from) / 1e9;
            double rate = (admittedTo - admittedFrom) / windowSeconds;
            List<Properties> results = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                Process child = children.get(i);
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                results.add(read(files.get(i), reports.resolve(mode + "-" + i + ".log")));
            }
            return new Fleet(results, simulator.rateLimitedCalls(), rate, windowSeconds);
        }
    }

    private static void awaitReady(List<Path> reports, List<Process> children) throws InterruptedException {
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        while (!reports.stream().allMatch(report -> Files.exists(FleetWorker.sibling(report, ".ready")))) {
            assertThat(System.currentTimeMillis()).as("children ready within %d ms", READY_MILLIS).isLessThan(deadline);
            assertThat(children).as("children alive until ready").allMatch(Process::isAlive);
            Thread.sleep(50);
        }
    }

    private static Properties read(Path report, Path log) throws Exception {
        assertThat(report).as("the child's report; its output:\n%s",
                Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "").exists();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(report)) {
            properties.load(in);
        }
        return properties;
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
