package io.mistral4j.tck.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.tck.simulator.MistralSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code --fine-tuning-retired} makes the fine-tuning routes answer 410 Gone; without it they serve jobs. */
class FineTuningRetiredOptionTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theOptionRetiresEveryFineTuningRoute() throws Exception {
        try (MistralSimulator simulator = SimulatorOptions.parse("--port", "0", "--fine-tuning-retired").builder()
                .start()) {
            assertThat(status(simulator, "GET", "/v1/fine_tuning/jobs")).isEqualTo(410);
            assertThat(status(simulator, "POST", "/v1/fine_tuning/jobs")).isEqualTo(410);
            assertThat(status(simulator, "POST", "/v1/fine_tuning/jobs/00000000-0000-0000-0000-000000000000/start"))
                    .isEqualTo(410);
            assertThat(status(simulator, "GET", "/v1/models")).isEqualTo(200);
        }
    }

    @Test
    void withoutTheOptionJobsAreServed() throws Exception {
        try (MistralSimulator simulator = SimulatorOptions.parse("--port", "0").builder().start()) {
            assertThat(status(simulator, "GET", "/v1/fine_tuning/jobs")).isEqualTo(200);
        }
    }

    @Test
    void theHelpListsTheOption() {
        assertThat(Option.usage()).contains("--fine-tuning-retired");
    }

    private static int status(MistralSimulator simulator, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer k")
                .header("Content-Type", "application/json")
                .method(method, "POST".equals(method) ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
