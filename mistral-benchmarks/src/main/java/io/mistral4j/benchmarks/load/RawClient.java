package io.mistral4j.benchmarks.load;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The baseline: a plain {@code java.net.http} client, built like the library's JDK transport,
 * sending the library's own request bytes. Without {@code gson} it reads each answer whole and
 * does not parse it (a stream is scanned for event boundaries only, to count events and time the
 * first); with {@code gson} it parses every JSON answer and event into Gson's tree, which is what
 * a hand-written client would do.
 */
final class RawClient implements LoadClient {

    private static final Set<String> RESTRICTED = restricted();

    private final boolean gson;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "raw-http");
        thread.setDaemon(true);
        return thread;
    });
    /** HTTP/1.1, as the library's JDK transport speaks on plain HTTP (no h2c upgrade offered per request). */
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).executor(executor).build();
    private final HttpRequest chat;
    private final HttpRequest stream;
    private final HttpRequest embeddings;

    RawClient(WireRequests wire, boolean gson) {
        this.gson = gson;
        this.chat = request(wire.chat);
        this.stream = request(wire.stream);
        this.embeddings = request(wire.embeddings);
    }

    @Override
    public void chat() throws Exception {
        byte[] body = client.send(chat, HttpResponse.BodyHandlers.ofByteArray()).body();
        consume(body);
    }

    @Override
    public void embeddings() throws Exception {
        byte[] body = client.send(embeddings, HttpResponse.BodyHandlers.ofByteArray()).body();
        consume(body);
    }

    private void consume(byte[] body) {
        if (gson) {
            JsonElement tree = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            Blackhole.consume(tree);
        } else {
            Blackhole.consume(body);
        }
    }

    @Override
    public StreamResult stream(long started) throws Exception {
        HttpResponse<InputStream> response = client.send(stream, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return gson ? parseEvents(body, started) : countEvents(body, started);
        }
    }

    /** Counts blank lines (event ends) without decoding anything; {@code [DONE]} is not a chunk. */
    private static StreamResult countEvents(InputStream body, long started) throws IOException {
        byte[] buffer = new byte[8192];
        int events = 0;
        long first = -1;
        byte previous = 0;
        int read;
        while ((read = body.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '\n' && previous == '\n') {
                    if (events++ == 0) {
                        first = System.nanoTime() - started;
                    }
                }
                previous = b;
            }
        }
        return new StreamResult(events - 1, first);
    }

    /** Reads lines and parses each event's data into Gson's tree. */
    private static StreamResult parseEvents(InputStream body, long started) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        int chunks = 0;
        long first = -1;
        String line;
        while ((line = lines.readLine()) != null) {
            if (!line.startsWith("data: ")) {
                continue;
            }
            String data = line.substring(6);
            if (data.equals("[DONE]")) {
                break;
            }
            Blackhole.consume(JsonParser.parseString(data));
            if (chunks++ == 0) {
                first = System.nanoTime() - started;
            }
        }
        return new StreamResult(chunks, first);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static HttpRequest request(WireRequests.Captured captured) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(captured.uri())
                .method(captured.method(), HttpRequest.BodyPublishers.ofByteArray(captured.body()));
        captured.headers().asMap().forEach((name, values) -> {
            if (!RESTRICTED.contains(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static Set<String> restricted() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(Set.of("connection", "content-length", "expect", "host", "upgrade"));
        return names;
    }
}
