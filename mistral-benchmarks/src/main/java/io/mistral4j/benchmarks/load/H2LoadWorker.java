package io.mistral4j.benchmarks.load;

import io.mistral4j.MistralClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * One transport streaming over TLS from {@link TlsStreamServer}, in a JVM of its own started by
 * {@link H2LoadDriver}: {@code h2.callers} (64) threads share one client (64 connections at most)
 * and each reads {@code h2.streamsPerCaller} (20) streams one after the other; after
 * {@code h2.warmupRounds} (2) rounds it measures {@code h2.rounds} (3). Prints
 * {@code METRIC figure value} lines: chunks per second, client CPU per chunk (the JIT's apart),
 * allocation per chunk, median and 90th percentile time to first chunk, and the connections
 * the server accepted during the measured rounds and in all, per protocol. With
 * {@code h2.primeFirst} one stream is read alone before the concurrent rounds.
 *
 * <p>Arguments: transport name, base URL, the CA certificate file, the server's stats URL.
 */
public final class H2LoadWorker {

    private static final String KEY = "sk-h2-load";

    private H2LoadWorker() {
    }

    public static void main(String[] args) throws Exception {
        String transport = args[0];
        String baseUrl = args[1];
        SSLContext trust = trusting(Path.of(args[2]));
        URI stats = URI.create(args[3]);
        int callers = Integer.getInteger("h2.callers", 64);
        int each = Integer.getInteger("h2.streamsPerCaller", 20);
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(baseUrl).transport(transport)
                .sslContext(trust).maxConnections(64).build()) {
            LibraryClient streams = new LibraryClient(client);
            String atStart = get(stats);
            if (Boolean.getBoolean("h2.primeFirst")) {
                streams.stream(System.nanoTime());   // one connection up before the burst, for clients that share it then
            }
            for (int round = 0; round < Integer.getInteger("h2.warmupRounds", 2); round++) {
                round(streams, callers, each);
            }
            String before = get(stats);
            for (int round = 0; round < Integer.getInteger("h2.rounds", 3); round++) {
                System.gc();
                Round result = round(streams, callers, each);
                metric("chunks_per_s", result.reading.perSecond());
                metric("cpu_us_per_chunk", result.reading.cpuMicrosPerOperation());
                metric("jit_ms", result.reading.compilerNanos() / 1e6);
                metric("alloc_kb_per_chunk", result.reading.bytesPerOperation() / 1024);
                metric("ttfc_ms_median", result.firstChunks[result.firstChunks.length / 2] / 1e6);
                metric("ttfc_ms_p90", result.firstChunks[result.firstChunks.length * 9 / 10] / 1e6);
                metric("errors", result.errors);
            }
            String after = get(stats);
            for (String counter : List.of("h2_connections", "h1_connections", "h2_streams", "h1_requests")) {
                metric("measured." + counter, count(after, counter) - count(before, counter));
                metric("all." + counter, count(after, counter) - count(atStart, counter));
            }
        }
        System.out.flush();
        System.exit(0);
    }

    /** What one round measured. */
    private record Round(Meter.Reading reading, long[] firstChunks, long errors) {
    }

    private static Round round(LibraryClient streams, int callers, int each) throws InterruptedException {
        long[] firstChunks = new long[callers * each];
        AtomicLong chunks = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(callers);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            int caller = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int slot = caller * each + i;
                        try {
                            LoadClient.StreamResult result = streams.stream(System.nanoTime());
                            chunks.addAndGet(result.chunks());
                            firstChunks[slot] = result.firstChunkNanos();
                        } catch (RuntimeException e) {
                            if (errors.getAndIncrement() == 0) {
                                e.printStackTrace();
                            }
                            firstChunks[slot] = Long.MAX_VALUE;
                        }
                    }
                    finished.countDown();
                    release.await();   // alive until measured: a thread's allocation count ends with it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "h2-caller-" + t);
            thread.start();
            threads.add(thread);
        }
        Meter meter = Meter.start();
        start.countDown();
        finished.await();
        Meter.Reading reading = meter.stop(chunks.get());
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        Arrays.sort(firstChunks);
        return new Round(reading, firstChunks, errors.get());
    }

    /** A TLS context that trusts the server's test certificate authority only. */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("load-ca", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate))));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long count(String stats, String counter) {
        for (String pair : stats.split(" ")) {
            if (pair.startsWith(counter + "=")) {
                return Long.parseLong(pair.substring(counter.length() + 1));
            }
        }
        throw new IllegalStateException("no " + counter + " in " + stats);
    }

    private static void metric(String figure, double value) {
        System.out.println("METRIC " + figure + " " + String.format(Locale.ROOT, "%.4f", value));
    }
}
