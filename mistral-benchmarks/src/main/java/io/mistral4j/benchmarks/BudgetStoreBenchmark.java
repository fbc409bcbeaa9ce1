package io.mistral4j.benchmarks;

import io.mistral4j.MistralClient;
import io.mistral4j.budget.redis.RedisBudgetStore;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.BudgetStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What keeping the budgets in Redis adds to a call: a chat completion through the whole client
 * against a transport that answers from memory, with request and token budgets too large to
 * ever wait, kept in {@code memory} (the default store) or in a {@code redis} store on a
 * {@code redis-server} this benchmark starts on a loopback port (it must be installed). Each call
 * reserves from two buckets and corrects the token estimate: three Redis round trips. Besides
 * JMH's time per call, the trial prints this JVM's CPU time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BudgetStoreBenchmark {

    @Param({"memory", "redis"})
    public String store;

    private Process redis;
    private BudgetStore budgets;
    private MistralClient client;
    private final AtomicLong calls = new AtomicLong();
    private long cpuAtStart;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        MistralClient.Builder builder = MistralClient.builder().apiKey("sk-benchmark")
                .baseUrl("https://api.mistral.ai").transport(new InMemoryTransport(200, "application/json",
                        Fixtures.COMPLETION))
                .retry(RetryPolicy.disabled()).circuitBreaker(CircuitBreakerPolicy.disabled())
                .rateLimit(RateLimitPolicy.builder().requestsPerSecond(1_000_000L).tokensPerMinute(10_000_000_000L)
                        .learnFromHeaders(false).build());
        if (store.equals("redis")) {
            int port = freePort();
            redis = startRedis(port);
            budgets = RedisBudgetStore.builder().uri("redis://127.0.0.1:" + port).workspace("benchmark").build();
            builder.budgetStore(budgets);
        }
        client = builder.build();
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        calls.set(0);
        cpuAtStart = cpuNanos();
    }

    @TearDown(Level.Iteration)
    public void reportCpu() {
        long count = calls.get();
        if (count > 0) {
            System.out.printf(" [%s: %.1f us CPU per call]", store, (cpuNanos() - cpuAtStart) / 1_000.0 / count);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        client.close();
        if (budgets != null) {
            budgets.close();
        }
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Benchmark
    public ChatCompletionResponse chatCompletion() {
        calls.incrementAndGet();
        return client.chat().complete(Payloads.TYPICAL_REQUEST);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Process startRedis(int port) throws IOException, InterruptedException {
        Path executable = Files.isExecutable(Path.of("/usr/bin/redis-server")) ? Path.of("/usr/bin/redis-server")
                : Path.of("redis-server");
        Process process = new ProcessBuilder(List.of(executable.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 200; i++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IOException("redis-server did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
