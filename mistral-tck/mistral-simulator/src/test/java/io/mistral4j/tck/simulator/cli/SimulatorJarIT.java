package io.mistral4j.tck.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone jar, run as a user runs it: {@code java -jar ...}. */
class SimulatorJarIT {

    private static final Path JAR = Path.of(System.getProperty("simulator.jar", "missing"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void helpListsEveryOptionAndExitsZero() throws Exception {
        Finished help = runToEnd("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(Option.values()).allSatisfy(option -> assertThat(help.out()).contains(option.flag));
        assertThat(help.out()).startsWith("Usage: java -jar mistral-simulator.jar");
    }

    @Test
    void anUnknownOptionExitsTwoWithTheUsageAndNoStackTrace() throws Exception {
        Finished bad = runToEnd("--prot", "8080");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).startsWith("mistral-simulator: unknown option --prot\nUsage:")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBadValueExitsTwo() throws Exception {
        Finished bad = runToEnd("--port", "eighty");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--port needs a whole number, not \"eighty\"").doesNotContain("\tat ");
        assertThat(runToEnd("--fault", "POST /v1/nothing#1=status:503").err())
                .contains("Unknown route 'POST /v1/nothing'").doesNotContain("\tat ");
    }

    @Test
    void aTakenPortExitsOneWithoutAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Finished busy = runToEnd("--port", String.valueOf(taken.getLocalPort()));

            assertThat(busy.exitCode()).isEqualTo(1);
            assertThat(busy.err()).contains("Cannot bind the simulator to 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void servesWithTheKeyTheExtraModelsAndTheScriptedFaults(@TempDir Path dir) throws Exception {
        Path models = Files.writeString(dir.resolve("models.json"),
                "[{\"id\": \"mistral-next-2601\", \"capabilities\": [\"completion_chat\"]}]");
        String baseUrl = start("--port", "0", "--api-key", "right-key", "--models", models.toString(),
                "--clock-rate", "60", "--chunk-delay-ms", "1",
                "--fault", "POST /v1/chat/completions#1=status:503");

        assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(get(baseUrl + "/v1/models", "wrong-key").statusCode()).isEqualTo(401);
        HttpResponse<String> catalog = get(baseUrl + "/v1/models", "right-key");
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("\"mistral-next-2601\"", "\"mistral-small-latest\"");

        String chat = "{\"model\": \"mistral-next-2601\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}";
        assertThat(post(baseUrl + "/v1/chat/completions", chat).statusCode()).isEqualTo(503);
        HttpResponse<String> second = post(baseUrl + "/v1/chat/completions", chat);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"chat.completion\"");
    }

    @Test
    void enforcesTheWorkspaceLimitGivenOnTheCommandLine() throws Exception {
        String baseUrl = start("--port", "0", "--api-key", "right-key", "--limit-requests-per-minute", "2",
                "--limit-tokens-per-minute", "100000");
        String chat = "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}";

        HttpResponse<String> first = post(baseUrl + "/v1/chat/completions", chat);
        post(baseUrl + "/v1/chat/completions", chat);
        HttpResponse<String> third = post(baseUrl + "/v1/chat/completions", chat);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("x-ratelimit-limit-req-minute")).hasValue("2");
        assertThat(first.headers().firstValue("x-ratelimit-limit-tokens-minute")).hasValue("100000");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
        assertThat(third.body()).contains("rate_limited");
        assertThat(runToEnd("--limit-tokens-per-minute", "0").err())
                .contains("--limit-tokens-per-minute needs a whole number of at least 1, not \"0\"");
    }

    private String start(String... args) throws IOException {
        Process process = new ProcessBuilder(command(args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        started.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the base URL on the first line").isNotNull();
        return line;
    }

    private Finished runToEnd(String... args) throws Exception {
        Process process = new ProcessBuilder(command(args)).start();
        started.add(process);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        return new Finished(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static List<String> command(String... args) {
        assertThat(JAR).as("the standalone jar (run by failsafe after package)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static HttpResponse<String> get(String url, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer right-key")
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Finished(int exitCode, String out, String err) {
    }
}
