package io.mistral4j.tck.simulator;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    @Test
    void startsOnAnEphemeralLoopbackPort() {
        try (MistralSimulator a = MistralSimulator.start(); MistralSimulator b = MistralSimulator.start()) {
            assertThat(a.port()).isPositive().isNotEqualTo(b.port());
            assertThat(a.baseUrl()).isEqualTo("http://127.0.0.1:" + a.port());
            assertThat(TestHttp.get(a, "/v1/models").status()).isEqualTo(200);
        }
    }

    @Test
    void bindsAGivenPort() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (MistralSimulator sim = MistralSimulator.builder().port(free).start()) {
            assertThat(sim.port()).isEqualTo(free);
            assertThat(TestHttp.get(sim, "/v1/models").status()).isEqualTo(200);
        }
    }

    @Test
    void closeTwiceIsHarmless() {
        MistralSimulator sim = MistralSimulator.start();
        sim.close();
        sim.close();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> MistralSimulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MistralSimulator.builder().chunkDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeStopsPromptlyEvenDuringAStreamAndLeavesNoWorkers() throws Exception {
        MistralSimulator sim = MistralSimulator.builder().chunkDelay(Duration.ofMillis(200)).start();
        String base = sim.baseUrl();
        JsonObject request = ChatBodies.chat("A slow stream");
        request.addProperty("stream", true);
        CompletableFuture<HttpResponse<String>> inFlight = TestHttp.CLIENT.sendAsync(
                TestHttp.request(sim, "/v1/chat/completions").POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300); // the stream is now being written

        long start = System.nanoTime();
        sim.close();
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMs).isLessThan(2_000);
        // A pool's threads finish exiting just after the pool reports termination: allow them a moment.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!simulatorThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(simulatorThreads()).isEmpty();
        assertThatThrownBy(() -> TestHttp.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/models")).build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
        try {
            inFlight.get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Aborting the stream is the point; either outcome is fine as long as it ends.
        }
        assertThat(inFlight).isDone();
    }

    @Test
    void mainServesUntilTerminated() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                io.mistral4j.tck.simulator.cli.SimulatorMain.class.getName(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        try {
            String firstLine = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(firstLine).isEqualTo("http://127.0.0.1:" + port);
            HttpResponse<String> r = TestHttp.CLIENT.send(HttpRequest.newBuilder(URI.create(firstLine + "/v1/models"))
                    .header("Authorization", "Bearer k").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static java.util.List<String> simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("mistral-simulator-"))
                .collect(java.util.stream.Collectors.toList());
    }
}
