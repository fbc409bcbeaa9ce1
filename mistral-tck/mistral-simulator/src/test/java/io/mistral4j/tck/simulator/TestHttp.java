package io.mistral4j.tck.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Real HTTP calls over loopback against a started simulator. */
final class TestHttp {

    static final String KEY = "test-key";
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestHttp() {
    }

    record Response(int status, HttpHeaders headers, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    static HttpRequest.Builder request(MistralSimulator sim, String path) {
        return HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + KEY);
    }

    static Response get(MistralSimulator sim, String path) {
        return send(request(sim, path).GET().build());
    }

    static Response post(MistralSimulator sim, String path, String body) {
        return send(request(sim, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Response post(MistralSimulator sim, String path, JsonElement body) {
        return post(sim, path, body.toString());
    }

    static Response chat(MistralSimulator sim, JsonObject body) {
        return post(sim, "/v1/chat/completions", body);
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Streams a chat request and returns the raw SSE lines. */
    static List<String> streamLines(MistralSimulator sim, JsonObject body) {
        body.addProperty("stream", true);
        try {
            HttpResponse<java.util.stream.Stream<String>> r = CLIENT.send(
                    request(sim, "/v1/chat/completions").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofLines());
            return r.body().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
