package io.mistral4j.benchmarks.load;

import io.mistral4j.MistralClient;
import io.mistral4j.benchmarks.Payloads;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

/**
 * Where the time to a stream's first chunk goes, layer by layer: the client's work before it
 * hands the request to the transport, the transport's exchange up to the answer's headers, its
 * first body read, the client's work from there until {@code stream()} returns, and the first
 * {@code next()}. The named transport is wrapped in one that notes the time at each edge; one
 * caller, streams read to their end one after the other, after as many of warm-up. Prints the
 * 10th percentile and the median of each part, in microseconds.
 *
 * <pre>{@code java -cp mistral-benchmarks/target/benchmarks.jar io.mistral4j.benchmarks.load.FirstChunkProbe \
 *     netty http://127.0.0.1:PORT 3000}</pre>
 *
 * The base URL is a running server: the replay server of the wire shape ({@link ReplayServer},
 * started on a running simulator's URL) or the simulator itself.
 */
public final class FirstChunkProbe {

    private static final String[] PARTS = {"before the transport", "transport to headers", "first body read",
        "after it, to stream()", "first next()"};

    private FirstChunkProbe() {
    }

    public static void main(String[] args) throws Exception {
        String transportName = args[0];
        String baseUrl = args[1];
        int streams = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        TimedTransport transport = new TimedTransport(transport(transportName));
        long[][] nanos = new long[PARTS.length][streams];
        try (MistralClient client = MistralClient.builder().apiKey("probe").baseUrl(baseUrl).transport(transport)
                .build()) {
            for (int pass = 0; pass < 2; pass++) {   // the first pass warms up, the second is kept
                for (int i = 0; i < streams; i++) {
                    measureOne(client, transport, nanos, i);
                }
            }
        }
        StringBuilder line = new StringBuilder(transportName).append(", ").append(streams).append(" streams:");
        for (int part = 0; part < PARTS.length; part++) {
            long[] sorted = nanos[part].clone();
            Arrays.sort(sorted);
            line.append(String.format(" | %s p10 %.0f median %.0f", PARTS[part], sorted[streams / 10] / 1e3,
                    sorted[streams / 2] / 1e3));
        }
        System.out.println(line.append(" µs"));
    }

    private static void measureOne(MistralClient client, TimedTransport transport, long[][] nanos, int i) {
        long started = System.nanoTime();
        try (ChatCompletionStream stream = client.chat().stream(Payloads.TYPICAL_REQUEST)) {
            long opened = System.nanoTime();
            if (stream.hasNext()) {
                Blackhole.consume(stream.next());
            }
            long first = System.nanoTime();
            while (stream.hasNext()) {
                Blackhole.consume(stream.next());
            }
            nanos[0][i] = transport.sent - started;
            nanos[1][i] = transport.headers - transport.sent;
            nanos[2][i] = transport.firstRead - transport.headers;
            nanos[3][i] = opened - transport.firstRead;
            nanos[4][i] = first - opened;
        }
    }

    private static HttpTransport transport(String name) {
        TransportConfig config = new TransportConfig(Duration.ofSeconds(10), Duration.ofSeconds(30), 64, null, null);
        return ServiceLoader.load(HttpTransportProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transport named " + name))
                .create(config);
    }

    /** The transport with the times of one caller's exchange: when sent, when the headers came, the first read. */
    private static final class TimedTransport implements HttpTransport {
        private final HttpTransport transport;
        private long sent;
        private long headers;
        private long firstRead;

        TimedTransport(HttpTransport transport) {
            this.transport = transport;
        }

        @Override
        public TransportResponse send(TransportRequest request) {
            sent = System.nanoTime();
            TransportResponse response = transport.send(request);
            headers = System.nanoTime();
            InputStream timed = new FilterInputStream(response.body()) {
                private boolean read;

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = super.read(buffer, offset, length);
                    if (!read) {
                        read = true;
                        firstRead = System.nanoTime();
                    }
                    return count;
                }
            };
            return TransportResponse.of(response.statusCode(), response.headers(), timed);
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
            return transport.sendAsync(request);
        }

        @Override
        public void close() {
            transport.close();
        }
    }
}
