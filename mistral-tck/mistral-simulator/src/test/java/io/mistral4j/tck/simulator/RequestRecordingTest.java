package io.mistral4j.tck.simulator;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestRecordingTest {

    @Test
    void recordsWhatWentOnTheWire() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            TestHttp.send(TestHttp.request(sim, "/v1/models?page=2&size=5").header("X-Custom", "one").GET().build());
            TestHttp.chat(sim, ChatBodies.chat("Hello"));

            List<RecordedRequest> requests = sim.requests();

            assertThat(requests).hasSize(2);
            RecordedRequest get = requests.get(0);
            assertThat(get.method()).isEqualTo("GET");
            assertThat(get.path()).isEqualTo("/v1/models");
            assertThat(get.query()).isEqualTo("page=2&size=5");
            assertThat(get.header("x-custom")).isEqualTo("one");
            assertThat(get.header("X-CUSTOM")).isEqualTo("one");
            assertThat(get.headers().get("authorization")).containsExactly("Bearer " + TestHttp.KEY);
            assertThat(get.body()).isEmpty();

            RecordedRequest post = requests.get(1);
            assertThat(post.method()).isEqualTo("POST");
            assertThat(post.path()).isEqualTo("/v1/chat/completions");
            assertThat(post.query()).isNull();
            assertThat(post.header("content-type")).isEqualTo("application/json");
            assertThat(post.bodyAsJson()).isEqualTo(ChatBodies.chat("Hello"));
        }
    }

    @Test
    void concurrentCallsAreAllAnsweredAndRecorded() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            List<Integer> statuses = java.util.stream.IntStream.range(0, 24).parallel()
                    .mapToObj(i -> TestHttp.chat(sim, ChatBodies.chat("Question " + i)).status())
                    .toList();

            assertThat(statuses).hasSize(24).containsOnly(200);
            assertThat(sim.requests()).hasSize(24);
            assertThat(sim.requests()).extracting(r -> r.bodyAsJson().getAsJsonObject()
                    .getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void snapshotsAreImmutableAndCanBeCleared() {
        try (MistralSimulator sim = MistralSimulator.start()) {
            TestHttp.get(sim, "/v1/models");
            List<RecordedRequest> before = sim.requests();

            TestHttp.send(TestHttp.request(sim, "/v1/models").method("PUT", HttpRequest.BodyPublishers.ofString("x")).build());

            assertThat(before).hasSize(1);
            assertThat(sim.requests()).hasSize(2);
            assertThat(sim.requests().get(1).body()).isEqualTo("x");
            assertThatThrownBy(() -> before.add(before.get(0))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> before.get(0).headers().put("a", List.of("b")))
                    .isInstanceOf(UnsupportedOperationException.class);

            sim.clearRequests();
            assertThat(sim.requests()).isEmpty();
        }
    }
}
