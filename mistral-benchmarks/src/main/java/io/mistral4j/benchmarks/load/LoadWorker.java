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
import java.util.concurrent.atomic.AtomicReference;

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
        int chatCalls = Integer.getInteger("load.chatCalls", 3000);
        int callers = Integer.getInteger("load.callers", 16);
        int concurrentCalls = Integer.getInteger("load.concurrentCalls", 4800);
        int streams = Integer.getInteger("load.streams", 400);
        int embeddingCalls = Integer.getInteger("load.embeddingCalls", 100);
        int warmups = Integer.getInteger("load.warmupRounds", 2);

        try (LoadClient client = client(variant, baseUrl, apiKey)) {
            for (int round = 0; round < warmups; round++) {
                sequentialChat(client, chatCalls);
                concurrentChat(client, callers, concurrentCalls);
                streams(client, streams, new long[streams]);
                embeddings(client, Math.max(10, embeddingCalls / 2));
            }
            System.gc();
            report("chat.seq", sequentialChat(client, chatCalls));
            report("chat.c" + callers, concurrentChat(client, callers, concurrentCalls));
            long[] firstChunks = new long[streams];
            Meter.Reading streamed = streams(client, streams, firstChunks);
            report("stream", streamed);
            Arrays.sort(firstChunks);
            metric("stream.ttfc_ms", firstChunks[firstChunks.length / 2] / 1e6);
            report("embeddings", embeddings(client, embeddingCalls));
        }
        metric("errors", ERRORS.get());
        System.out.flush();
        System.exit(0);
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

    private static Meter.Reading concurrentChat(LoadClient client, int callers, int calls) throws Exception {
        int each = calls / callers;
        CountDownLatch start = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
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
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "caller-" + t);
            thread.start();
            threads.add(thread);
        }
        Meter meter = Meter.start();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        // Measured before the callers end so that their allocation is counted.
        Meter.Reading reading = meter.stop(done.get());
        if (failure.get() != null) {
            throw new IllegalStateException("a caller failed", failure.get());
        }
        return reading;
    }

    private static Meter.Reading streams(LoadClient client, int streams, long[] firstChunks) throws Exception {
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

    private static void report(String name, Meter.Reading reading) {
        String unit = name.equals("stream") ? "chunk" : "call";
        metric(name + "." + unit + "s_per_s", reading.perSecond());
        metric(name + ".cpu_us_per_" + unit, reading.cpuMicrosPerOperation());
        metric(name + ".alloc_kb_per_" + unit, reading.bytesPerOperation() / 1024);
        metric(name + ".count", reading.operations());
    }

    private static void metric(String name, double value) {
        System.out.println("METRIC " + name + " " + String.format(Locale.ROOT, "%.4f", value));
    }
}
