package io.mistral4j.budget.redis;

import io.mistral4j.MistralClient;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.spi.BudgetStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance of a fleet, run in a child JVM by {@link FleetBudgetTest}: 8 threads calling the
 * simulator as fast as the budgets allow, from a common start time until a common end, then a
 * report of answers, 429s and other failures.
 *
 * <p>Arguments: base URL, {@code shared} or {@code local}, Redis URI, workspace, report file. Once
 * its client is ready (and connected to Redis) it creates the report file's {@code .ready}
 * sibling, then waits for the {@code .go} sibling, which holds the start and end (epoch ms).
 */
public final class FleetWorker {

    static final int THREADS = 8;
    static final long REQUESTS_PER_SECOND = 20;
    static final long TOKENS_PER_MINUTE = 50_000;

    private FleetWorker() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        boolean shared = args[1].equals("shared");
        Path report = Path.of(args[4]);
        AtomicLong answered = new AtomicLong();
        AtomicLong rateLimited = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        StringBuilder failures = new StringBuilder();
        BudgetStore store = shared ? RedisBudgetStore.builder().uri(args[2]).workspace(args[3])
                // generous: this machine runs the whole fleet, Redis and the simulator at once
                .timeout(Duration.ofSeconds(2)).connectTimeout(Duration.ofSeconds(10)).build() : null;
        try (store; MistralClient client = MistralClient.builder().apiKey("fleet-key").baseUrl(baseUrl)
                .retry(RetryPolicy.disabled())
                .rateLimit(RateLimitPolicy.builder().requestsPerSecond(REQUESTS_PER_SECOND)
                        .tokensPerMinute(TOKENS_PER_MINUTE).maxWait(Duration.ofSeconds(20)).learnFromHeaders(false)
                        .build())
                .budgetStore(store).build()) {
            if (store != null) {   // connected before the start, as a long-running service would be
                store.bucket(new BudgetSpec("warm-up", 1, Duration.ofSeconds(1), Clock.systemUTC())).available();
            }
            Files.createFile(sibling(report, ".ready"));
            Path go = sibling(report, ".go");
            while (!Files.exists(go)) {
                Thread.sleep(10);
            }
            Thread.sleep(10);   // the parent writes it whole before this reads it
            String[] times = Files.readString(go).trim().split(" ");
            long start = Long.parseLong(times[0]);
            long end = Long.parseLong(times[1]);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                threads.add(new Thread(() -> {
                    sleepUntil(start);
                    while (System.currentTimeMillis() < end) {
                        try {
                            client.chat().complete(RedisOutageTest.request());
                            answered.incrementAndGet();
                        } catch (RateLimitException e) {
                            rateLimited.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            synchronized (failures) {
                                if (failures.length() < 2_000) {
                                    failures.append(e).append('\n');
                                }
                            }
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        Properties counts = new Properties();
        counts.setProperty("answered", Long.toString(answered.get()));
        counts.setProperty("rateLimited", Long.toString(rateLimited.get()));
        counts.setProperty("failed", Long.toString(failed.get()));
        counts.setProperty("failures", failures.toString());
        try (OutputStream out = Files.newOutputStream(report)) {
            counts.store(out, null);
        }
    }

    static Path sibling(Path report, String suffix) {
        return report.resolveSibling(report.getFileName() + suffix);
    }

    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
