package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.mistral4j.tck.simulator.ResourceSchemas.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch routes over raw HTTP: validation like the API, the timeline, result files and filters. */
class BatchRoutesTest {

    private static final String LINE = "{\"custom_id\":\"%s\",\"body\":{\"messages\":[{\"role\":\"user\","
            + "\"content\":\"%s\"}],\"max_tokens\":20}}\n";

    private MistralSimulator sim;

    @BeforeEach
    void start() {
        sim = MistralSimulator.builder().clock(SimulatedClock.frozen()).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonObject create(String body) {
        TestHttp.Response r = TestHttp.post(sim, "/v1/batch/jobs", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonObject get(String id) {
        return TestHttp.get(sim, "/v1/batch/jobs/" + id).json();
    }

    @Test
    void aJobRunsEachLineAndWritesResultFiles() {
        String input = TestUploads.upload(sim, "in.jsonl", "batch", String.format(LINE, "a", "Hello")
                + String.format(LINE, "b", "Bonjour") + "{\"custom_id\":\"c\",\"body\":{\"model\":\"nope\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}}\n");
        JsonObject created = create("{\"input_files\":[\"" + input + "\"],\"endpoint\":\"/v1/chat/completions\","
                + "\"model\":\"mistral-small-latest\",\"metadata\":{\"k\":\"v\"}}");
        String id = created.get("id").getAsString();
        assertConforms(ResourceSchemas.BATCH_JOB, created);
        assertThat(created.get("total_requests").getAsInt()).isEqualTo(3);

        record Step(long seconds, String status, int completed) {
        }
        for (Step step : List.of(new Step(9, "QUEUED", 0), new Step(1, "RUNNING", 0), new Step(2, "RUNNING", 2),
                new Step(1, "SUCCESS", 3))) {
            sim.clock().advance(Duration.ofSeconds(step.seconds()));
            JsonObject job = get(id);
            assertThat(job.get("status").getAsString()).isEqualTo(step.status());
            assertThat(job.get("completed_requests").getAsInt()).isEqualTo(step.completed());
        }
        JsonObject done = get(id);
        assertConforms(ResourceSchemas.BATCH_JOB, done);
        assertThat(done.get("succeeded_requests").getAsInt()).isEqualTo(2);
        assertThat(done.get("failed_requests").getAsInt()).isEqualTo(1);
        assertThat(done.getAsJsonArray("errors").get(0).getAsJsonObject().get("message").getAsString())
                .isEqualTo("Invalid model: nope");
        assertThat(done.get("started_at").getAsLong() - done.get("created_at").getAsLong()).isEqualTo(10);

        List<String> output = TestHttp.get(sim, "/v1/files/" + done.get("output_file").getAsString() + "/content")
                .body().lines().toList();
        assertThat(output).hasSize(2);
        JsonObject first = JsonParser.parseString(output.get(0)).getAsJsonObject();
        assertThat(first.get("custom_id").getAsString()).isEqualTo("a");
        assertThat(first.get("error").isJsonNull()).isTrue();
        assertThat(first.getAsJsonObject("response").get("status_code").getAsInt()).isEqualTo(200);
        assertThat(first.getAsJsonObject("response").getAsJsonObject("body").get("object").getAsString())
                .isEqualTo("chat.completion");
        JsonObject error = JsonParser.parseString(TestHttp.get(sim, "/v1/files/"
                + done.get("error_file").getAsString() + "/content").body()).getAsJsonObject();
        assertThat(error.get("custom_id").getAsString()).isEqualTo("c");
        assertThat(error.getAsJsonObject("error").get("code").getAsString()).isEqualTo("1500");
        assertThat(error.getAsJsonObject("response").get("status_code").getAsInt()).isEqualTo(400);
    }

    @Test
    void inlineOutputsComeOnlyWhenAskedFor() {
        String id = create("{\"requests\":[{\"custom_id\":\"q\",\"body\":{\"model\":\"mistral-small-latest\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}}],\"endpoint\":\"/v1/chat/completions\"}")
                .get("id").getAsString();
        sim.clock().advance(Duration.ofMinutes(1));

        assertThat(get(id).get("outputs").isJsonNull()).isTrue();
        JsonArray outputs = TestHttp.get(sim, "/v1/batch/jobs/" + id + "?inline=true").json().getAsJsonArray("outputs");
        assertThat(outputs).hasSize(1);
        assertThat(outputs.get(0).getAsJsonObject().get("custom_id").getAsString()).isEqualTo("q");
    }

    @Test
    void linesOfOtherEndpointsAreAnsweredByThoseRoutes() {
        String id = create("{\"requests\":[{\"custom_id\":\"e\",\"body\":{\"input\":[\"a text\"]}}],"
                + "\"endpoint\":\"/v1/embeddings\",\"model\":\"mistral-embed\"}").get("id").getAsString();
        sim.clock().advance(Duration.ofMinutes(1));

        JsonObject done = get(id);
        assertThat(done.get("status").getAsString()).isEqualTo("SUCCESS");
        JsonObject line = JsonParser.parseString(TestHttp.get(sim, "/v1/files/" + done.get("output_file").getAsString()
                + "/content").body()).getAsJsonObject();
        assertThat(line.getAsJsonObject("response").getAsJsonObject("body").getAsJsonArray("data")).hasSize(1);
    }

    @Test
    void requestBodiesAreValidatedLikeTheApi() {
        TestHttp.Response r = TestHttp.post(sim, "/v1/batch/jobs", "{\"input_files\":[\"x\"],\"endpoint\":\"/v1/x\","
                + "\"timeout_hours\":\"long\",\"priority\":1}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().getAsJsonArray("detail").asList()).extracting(e -> e.getAsJsonObject().get("type")
                .getAsString()).containsExactlyInAnyOrder("uuid_parsing", "enum", "int_type", "extra_forbidden");
        assertThat(TestHttp.post(sim, "/v1/batch/jobs", "{\"endpoint\":\"/v1/chat/completions\"}").status())
                .as("neither files nor requests").isEqualTo(400);
        assertThat(TestHttp.post(sim, "/v1/batch/jobs", "{\"input_files\":[\"00000000-0000-4000-8000-000000000000\"],"
                + "\"endpoint\":\"/v1/chat/completions\"}").status()).isEqualTo(404);
        assertThat(TestHttp.post(sim, "/v1/batch/jobs", "{\"requests\":[{\"body\":{}}],"
                + "\"endpoint\":\"/v1/chat/completions\",\"model\":\"nope\"}").status()).isEqualTo(400);
    }

    @Test
    void cancellingStopsAfterTheRequestsDoneSoFar() {
        String hi = "{\"body\":{\"model\":\"mistral-small-latest\",\"messages\":"
                + "[{\"role\":\"user\",\"content\":\"Hi\"}]}},";
        String id = create("{\"requests\":[" + hi.repeat(4)
                + "{\"body\":{}}],\"endpoint\":\"/v1/chat/completions\"}").get("id").getAsString();
        sim.clock().advance(Duration.ofSeconds(13));

        JsonObject cancelling = TestHttp.post(sim, "/v1/batch/jobs/" + id + "/cancel", "").json();
        assertThat(cancelling.get("status").getAsString()).isEqualTo("CANCELLATION_REQUESTED");
        sim.clock().advance(Duration.ofSeconds(5));

        JsonObject cancelled = get(id);
        assertThat(cancelled.get("status").getAsString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("completed_requests").getAsInt()).isEqualTo(3);
        assertThat(cancelled.get("total_requests").getAsInt()).isEqualTo(5);
        assertThat(TestHttp.post(sim, "/v1/batch/jobs/" + id + "/cancel", "").json().get("status").getAsString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void listFiltersAreValidatedAndApplied() {
        String first = create("{\"requests\":[{\"body\":{}}],\"endpoint\":\"/v1/chat/completions\","
                + "\"model\":\"mistral-small-latest\",\"metadata\":{\"team\":\"a\"}}").get("id").getAsString();
        sim.clock().advance(Duration.ofSeconds(1));
        String second = create("{\"requests\":[{\"body\":{}}],\"endpoint\":\"/v1/embeddings\","
                + "\"metadata\":{\"team\":\"b\"}}").get("id").getAsString();

        JsonObject all = TestHttp.get(sim, "/v1/batch/jobs").json();
        assertConforms(ResourceSchemas.BATCH_LIST, all);
        assertThat(ids(all)).containsExactly(second, first);
        assertThat(ids(TestHttp.get(sim, "/v1/batch/jobs?order_by=created").json())).containsExactly(first, second);
        assertThat(ids(TestHttp.get(sim, "/v1/batch/jobs?metadata=%7B%22team%22%3A%22b%22%7D").json()))
                .containsExactly(second);
        assertThat(ids(TestHttp.get(sim, "/v1/batch/jobs?model=mistral-small-latest").json())).containsExactly(first);
        assertThat(ids(TestHttp.get(sim, "/v1/batch/jobs?status=QUEUED&status=RUNNING").json())).hasSize(2);
        assertThat(TestHttp.get(sim, "/v1/batch/jobs?status=DONE").status()).isEqualTo(422);
        assertThat(TestHttp.get(sim, "/v1/batch/jobs?order_by=newest").status()).isEqualTo(422);
        assertThat(TestHttp.get(sim, "/v1/batch/jobs?metadata=notjson").status()).isEqualTo(422);
    }

    private static List<String> ids(JsonObject list) {
        return list.getAsJsonArray("data").asList().stream()
                .map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
    }
}
