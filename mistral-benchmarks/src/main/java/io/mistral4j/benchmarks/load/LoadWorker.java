package io.mistral4j.benchmarks.load;

import io.mistral4j.MistralClient;
import io.mistral4j.benchmarks.DiscardingMetricReader;
import io.mistral4j.otel.MistralTelemetry;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * One client variant under load, in a JVM of its own started by {@link LoadDriver}: warms up,
 * then measures each scenario and prints one {@code METRIC name value} line per figure.
 *
 * <p>Arguments: variant, base URL, API key. Sizes come from system properties (see
 * {@link LoadDriver}). Every phase is a fixed number of calls, so the run ends by itself.
 */
public final class LoadWorker {

    /** The variants, in the order of the table; {@code raw} is the baseline. */
    static final List<String> VARIANTS = List.of("raw", "raw-gson", "jdk", "httpclient5", "netty", "jdk-none",
            "jdk-all");

    /** Calls that failed (a connection the server closed, say): counted, not measured, never fatal. */
    private static final java.util.concurrent.atomic.AtomicLong ERRORS = new java.util.concurrent.atomic.AtomicLong();

    private LoadWorker() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        String baseUrl = args[1];
        String apiKey = args[2];
        String shape = System.getProperty("load.shape", WireShape.CLASSIC.name());
        Sizes sizes = Sizes.fromProperties(shape);
        // load.alone: the variant without the baseline beside it, e.g. to profile one client.
        boolean alone = Boolean.getBoolean("load.alone");
        List<String> names = variant.equals("raw") || alone ? List.of(variant) : List.of("raw", variant);
        java.util.Map<String, LoadClient> clients = new java.util.LinkedHashMap<>();
        try {
            for (String name : names) {
                clients.put(name, client(name, baseUrl, apiKey));
            }
            for (int round = 0; round < sizes.warmupRounds; round++) {
                for (LoadClient client : clients.values()) {
                    measure(client, sizes);
                }
            }
            for (int round = 0; round < sizes.rounds; round++) {
                // The baseline and the variant take turns, first one then the other, so that both
                // see the same machine; the ratio of each round is reported with both figures.
                List<String> order = new ArrayList<>(names);
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                java.util.Map<String, java.util.Map<String, Double>> figures = new java.util.LinkedHashMap<>();
                for (String name : order) {
                    System.gc();
                    figures.put(name, measure(clients.get(name), sizes));
                }
                figures.forEach((name, values) -> values.forEach((figure, value) -> metric(name, figure, value)));
                if (names.size() == 2) {
                    java.util.Map<String, Double> base = figures.get("raw");
                    figures.get(variant).forEach((figure, value) -> {
                        Double reference = base.get(figure);
                        if (figure.endsWith("ttfc_ms")) {
                            metric("delta", figure, value - reference);
                        } else if (reference != null && reference > 0) {
                            metric("ratio", figure, value / reference);
                        }
                    });
                }
            }
        } finally {
            clients.values().forEach(LoadClient::close);
        }
        metric("all", "errors", ERRORS.get());
        System.out.flush();
        System.exit(0);
    }

    /** One pass over every scenario with {@code client}: each figure by name. */
    private static java.util.Map<String, Double> measure(LoadClient client, Sizes sizes) {
        java.util.Map<String, Double> figures = new java.util.LinkedHashMap<>();
        String prefix = sizes.figurePrefix;
        ConnectionCount connections = ConnectionCount.fromProperties();
        add(figures, prefix + "chat.seq", "call", connections,
                () -> sequentialChat(client, sizes.chatCalls));
        add(figures, prefix + "chat.c" + sizes.callers, "call", connections,
                () -> concurrentChat(client, sizes.callers, sizes.concurrentCalls));
        long[] firstChunks = new long[sizes.streams];
        add(figures, prefix + "stream", "chunk", connections, () -> streams(client, sizes.streams, firstChunks));
        Arrays.sort(firstChunks);
        figures.put(prefix + "stream.ttfc_ms", firstChunks[firstChunks.length / 2] / 1e6);
        add(figures, prefix + "embeddings", "call", connections, () -> embeddings(client, sizes.embeddingCalls));
        return figures;
    }

    /** One scenario's figures, and the connections the server accepted during it when it counts them. */
    private static void add(java.util.Map<String, Double> figures, String name, String unit,
                            ConnectionCount connections, java.util.function.Supplier<Meter.Reading> scenario) {
        long before = connections.read();
        Meter.Reading reading = scenario.get();
        add(figures, name, unit, reading);
        if (before >= 0) {
            figures.put(name + ".new_connections", (double) (connections.read() - before));
        }
    }

    private static void add(java.util.Map<String, Double> figures, String name, String unit, Meter.Reading reading) {
        figures.put(name + "." + unit + "s_per_s", reading.perSecond());
        figures.put(name + ".cpu_us_per_" + unit, reading.cpuMicrosPerOperation());
        figures.put(name + ".alloc_kb_per_" + unit, reading.bytesPerOperation() / 1024);
        figures.put(name + ".jit_ms", reading.compilerNanos() / 1e6);
    }

    /**
     * How much each pass does, from system properties (see {@link LoadDriver}); a shape other than
     * the classic one names its figures after itself and has streams of its own length.
     */
    record Sizes(String figurePrefix, int chatCalls, int callers, int concurrentCalls, int streams,
                 int embeddingCalls, int warmupRounds, int rounds) {
        static Sizes fromProperties(String shape) {
            String prefix = WireShape.figurePrefix(shape);
            int streams = prefix.isEmpty() ? Integer.getInteger("load.streams", 500)
                    : Integer.getInteger("load." + shape + ".streams", 500);
            return new Sizes(prefix, Integer.getInteger("load.chatCalls", 2000),
                    Integer.getInteger("load.callers", 16), Integer.getInteger("load.concurrentCalls", 4800),
                    streams, Integer.getInteger("load.embeddingCalls", 200),
                    Integer.getInteger("load.warmupRounds", 2), Integer.getInteger("load.rounds", 3));
        }
    }

    static LoadClient client(String variant, String baseUrl, String apiKey) {
        return switch (variant) {
            case "raw" -> new RawClient(WireRequests.capture(baseUrl, apiKey), false);
            case "raw-gson" -> new RawClient(WireRequests.capture(baseUrl, apiKey), true);
            case "jdk", "httpclient5", "netty" -> new LibraryClient(builder(baseUrl, apiKey, variant).build());
            case "jdk-none" -> new LibraryClient(builder(baseUrl, apiKey, "jdk").retry(RetryPolicy.disabled())
                    .circuitBreaker(CircuitBreakerPolicy.disabled()).rateLimit(RateLimitPolicy.disabled()).build());
            case "jdk-all" -> new LibraryClient(builder(baseUrl, apiKey, "jdk").retry(RetryPolicy.defaults())
                    .circuitBreaker(CircuitBreakerPolicy.defaults())
                    .rateLimit(RateLimitPolicy.builder().requestsPerSecond(1_000_000L)
                            .tokensPerMinute(10_000_000_000L).learnFromHeaders(false).build())
                    .addObserver(MistralTelemetry.create(sdkWithoutExporter()).observer()).build());
            default -> throw new IllegalArgumentException("unknown variant " + variant + "; known: " + VARIANTS);
        };
    }

    private static MistralClient.Builder builder(String baseUrl, String apiKey, String transport) {
        return MistralClient.builder().apiKey(apiKey).baseUrl(baseUrl).transport(transport).maxConnections(64);
    }

    /** Samples and records every span and measurement; exports nothing. */
    private static OpenTelemetrySdk sdkWithoutExporter() {
        MetricReader reader = new DiscardingMetricReader();
        return OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build())
                .build();
    }

    private static Meter.Reading sequentialChat(LoadClient client, int calls) {
        long done = 0;
        Meter meter = Meter.start();
        for (int i = 0; i < calls; i++) {
            done += attempt(client::chat);
        }
        return meter.stop(done);
    }

    /** 1 when the call succeeded, else 0 and the failure counted (and its first occurrence shown). */
    private static int attempt(Call call) {
        try {
            call.run();
            return 1;
        } catch (Exception e) {
            if (ERRORS.getAndIncrement() == 0) {
                e.printStackTrace();
            }
            return 0;
        }
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    private static Meter.Reading concurrentChat(LoadClient client, int callers, int calls) {
        return concurrentChat(client, callers, calls, reading -> { });
    }

    /** As above; {@code whileCallersAlive} is given the reading before the callers' threads end. */
    static Meter.Reading concurrentChat(LoadClient client, int callers, int calls,
                                        java.util.function.Consumer<Meter.Reading> whileCallersAlive) {
        int each = calls / callers;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(callers);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    long mine = 0;
                    for (int i = 0; i < each; i++) {
                        mine += attempt(client::chat);
                    }
                    done.addAndGet(mine);
                    finished.countDown();
                    // Alive until measured: a thread's allocation count ends with the thread.
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "caller-" + t);
            thread.start();
            threads.add(thread);
        }
        Meter meter = Meter.start();
        start.countDown();
        Meter.Reading reading;
        try {
            finished.await();
            reading = meter.stop(done.get());
            whileCallersAlive.accept(reading);
            release.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return reading;
    }

    private static Meter.Reading streams(LoadClient client, int streams, long[] firstChunks) {
        long chunks = 0;
        Meter meter = Meter.start();
        for (int i = 0; i < streams; i++) {
            try {
                LoadClient.StreamResult result = client.stream(System.nanoTime());
                chunks += result.chunks();
                firstChunks[i] = result.firstChunkNanos();
            } catch (Exception e) {
                attempt(() -> {
                    throw e;
                });
                firstChunks[i] = Long.MAX_VALUE;
            }
        }
        return meter.stop(chunks);
    }

    private static Meter.Reading embeddings(LoadClient client, int calls) {
        long done = 0;
        Meter meter = Meter.start();
        for (int i = 0; i < calls; i++) {
            done += attempt(client::embeddings);
        }
        return meter.stop(done);
    }

    private static void metric(String client, String figure, double value) {
        System.out.println("METRIC " + client + " " + figure + " " + String.format(Locale.ROOT, "%.4f", value));
    }
}
