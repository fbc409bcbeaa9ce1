package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import static io.mistral4j.tck.simulator.ResourceSchemas.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fine-tuning routes over raw HTTP: validation like the API, the exact timeline on the
 * simulated clock, spec-shaped jobs, and the fine-tuned model routes.
 */
class FineTuningRoutesTest {

    private static final String CONVERSATION = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},"
            + "{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n";
    private static final String WANDB_KEY = "w".repeat(40);

    private MistralSimulator sim;
    private String trainingFile;

    @BeforeEach
    void start() {
        sim = MistralSimulator.builder().clock(SimulatedClock.frozen()).start();
        trainingFile = TestUploads.upload(sim, "train.jsonl", "fine-tune", CONVERSATION + CONVERSATION);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonObject job(String extraFields) {
        return JsonParser.parseString("{\"model\":\"mistral-small-latest\",\"training_files\":[{\"file_id\":\""
                + trainingFile + "\"}],\"hyperparameters\":{\"training_steps\":10}" + extraFields + "}")
                .getAsJsonObject();
    }

    private TestHttp.Response create(JsonObject body) {
        return TestHttp.post(sim, "/v1/fine_tuning/jobs", body);
    }

    private String status(String id) {
        return TestHttp.get(sim, "/v1/fine_tuning/jobs/" + id).json().get("status").getAsString();
    }

    @Test
    void aJobFollowsItsTimelineToTheSecond() {
        JsonObject created = create(job(",\"suffix\":\"bot\"")).json();
        String id = created.get("id").getAsString();
        assertConforms(ResourceSchemas.COMPLETION_JOB, created);
        assertThat(created.get("status").getAsString()).isEqualTo("QUEUED");

        record Step(long seconds, String status) {
        }
        // 5 s to VALIDATING, 20 s to VALIDATED, +10 STARTED, +10 RUNNING, +60 + 6 x 10 steps to SUCCESS.
        List<Step> steps = List.of(new Step(4, "QUEUED"), new Step(1, "VALIDATING"), new Step(14, "VALIDATING"),
                new Step(1, "VALIDATED"), new Step(10, "STARTED"), new Step(10, "RUNNING"), new Step(119, "RUNNING"),
                new Step(1, "SUCCESS"));
        for (Step step : steps) {
            sim.clock().advance(Duration.ofSeconds(step.seconds()));
            assertThat(status(id)).as("after %s more seconds", step.seconds()).isEqualTo(step.status());
        }
        JsonObject done = TestHttp.get(sim, "/v1/fine_tuning/jobs/" + id).json();
        assertConforms(ResourceSchemas.COMPLETION_DETAILED_JOB, done);
        assertThat(done.getAsJsonArray("checkpoints")).hasSize(4);
        assertThat(done.get("modified_at").getAsLong() - done.get("created_at").getAsLong()).isEqualTo(160);
        String model = done.get("fine_tuned_model").getAsString();
        assertThat(model).matches("ft:mistral-small-latest:bot:\\d{8}:[0-9a-f]{8}");

        JsonObject card = TestHttp.get(sim, "/v1/models/" + model).json();
        assertConforms(ResourceSchemas.FT_MODEL_CARD, card);
        assertThat(card.get("job").getAsString()).isEqualTo(id);
    }

    @Test
    void unknownFieldsAndWrongTypesAre422s() {
        JsonObject body = job(",\"auto_start\":\"yes\",\"epochs\":3,\"suffix\":\"" + "x".repeat(19) + "\"");
        body.getAsJsonObject("hyperparameters").addProperty("learning_rate", 5);
        body.add("integrations", JsonParser.parseString("[{\"type\":\"wandb\",\"project\":\"p\",\"api_key\":\"short\"}]"));
        body.getAsJsonArray("training_files").get(0).getAsJsonObject().addProperty("file_id", "nope");

        TestHttp.Response r = create(body);

        assertThat(r.status()).isEqualTo(422);
        JsonArray detail = r.json().getAsJsonArray("detail");
        assertThat(detail.asList()).extracting(e -> e.getAsJsonObject().get("type").getAsString() + " "
                + e.getAsJsonObject().get("loc")).containsExactlyInAnyOrder(
                "uuid_parsing [\"body\",\"training_files\",0,\"file_id\"]",
                "string_too_long [\"body\",\"suffix\"]",
                "string_too_short [\"body\",\"integrations\",0,\"api_key\"]",
                "bool_type [\"body\",\"auto_start\"]",
                "less_than_equal [\"body\",\"hyperparameters\",\"learning_rate\"]",
                "extra_forbidden [\"body\",\"epochs\"]");
        assertThat(r.body()).doesNotContain(WANDB_KEY);
        assertThat(create(JsonParser.parseString("{\"model\":\"mistral-small-latest\"}").getAsJsonObject()).json()
                .getAsJsonArray("detail").get(0).getAsJsonObject().get("loc").toString())
                .isEqualTo("[\"body\",\"hyperparameters\"]");
    }

    @Test
    void theWandbKeyIsNeverEchoed() {
        JsonObject body = job(",\"integrations\":[{\"type\":\"wandb\",\"project\":\"p\",\"api_key\":\"" + WANDB_KEY
                + "\"}]");

        TestHttp.Response created = create(body);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).doesNotContain(WANDB_KEY).contains("\"project\":\"p\"");
        String id = created.json().get("id").getAsString();
        assertThat(TestHttp.get(sim, "/v1/fine_tuning/jobs/" + id).body()).doesNotContain(WANDB_KEY);
    }

    @Test
    void semanticChecksAnswer400Or404() {
        assertThat(create(job("").deepCopy()).status()).isEqualTo(200);
        JsonObject notTunable = job("");
        notTunable.addProperty("model", "mistral-embed");
        assertThat(create(notTunable).status()).isEqualTo(400);
        JsonObject missingFile = job("");
        missingFile.getAsJsonArray("training_files").get(0).getAsJsonObject()
                .addProperty("file_id", "00000000-0000-4000-8000-000000000000");
        assertThat(create(missingFile).status()).isEqualTo(404);
        String batchFile = TestUploads.upload(sim, "b.jsonl", "batch", "{}\n");
        JsonObject wrongPurpose = job("");
        wrongPurpose.getAsJsonArray("training_files").get(0).getAsJsonObject().addProperty("file_id", batchFile);
        assertThat(create(wrongPurpose).status()).isEqualTo(400);
        assertThat(create(job(",\"job_type\":\"classifier\"")).status()).as("no classifier targets").isEqualTo(400);
    }

    @Test
    void aDryRunAnswersLegacyJobMetadata() {
        TestHttp.Response r = TestHttp.post(sim, "/v1/fine_tuning/jobs?dry_run=true", job(""));

        assertThat(r.status()).isEqualTo(200);
        assertConforms(ResourceSchemas.DRY_RUN, r.json());
        assertThat(TestHttp.get(sim, "/v1/fine_tuning/jobs").json().get("total").getAsInt()).isZero();
        assertThat(TestHttp.post(sim, "/v1/fine_tuning/jobs?dry_run=perhaps", job("")).status()).isEqualTo(422);
    }

    @Test
    void classifierJobsAreShapedAsClassifierJobs() {
        String labels = TestUploads.upload(sim, "l.jsonl", "fine-tune", "{\"text\":\"t\",\"labels\":{\"s\":\"a\"}}\n");
        JsonObject body = JsonParser.parseString("{\"model\":\"ministral-8b-latest\",\"job_type\":\"classifier\","
                + "\"training_files\":[{\"file_id\":\"" + labels + "\"}],\"hyperparameters\":{},"
                + "\"classifier_targets\":[{\"name\":\"s\",\"labels\":[\"a\",\"b\"]}]}").getAsJsonObject();
        String id = create(body).json().get("id").getAsString();

        sim.clock().advance(Duration.ofHours(1));
        JsonObject done = TestHttp.get(sim, "/v1/fine_tuning/jobs/" + id).json();

        assertConforms(ResourceSchemas.CLASSIFIER_DETAILED_JOB, done);
        assertThat(done.getAsJsonObject("hyperparameters").has("fim_ratio")).isFalse();
        String model = done.get("fine_tuned_model").getAsString();
        TestHttp.Response updated = TestHttp.send(TestHttp.request(sim, "/v1/fine_tuning/models/" + model)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"n\"}")).build());
        assertConforms(ResourceSchemas.FT_MODEL_OUT, updated.json());
        assertThat(updated.json().get("model_type").getAsString()).isEqualTo("classifier");
        assertThat(updated.json().getAsJsonArray("classifier_targets")).hasSize(1);
    }

    @Test
    void fineTunedModelRoutesValidateAndKnowWhatExists() {
        String id = create(job("")).json().get("id").getAsString();
        sim.clock().advance(Duration.ofHours(1));
        String model = TestHttp.get(sim, "/v1/fine_tuning/jobs/" + id).json().get("fine_tuned_model").getAsString();

        TestHttp.Response extra = TestHttp.send(TestHttp.request(sim, "/v1/fine_tuning/models/" + model)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")).build());
        assertThat(extra.status()).isEqualTo(422);
        assertThat(extra.json().getAsJsonArray("detail").get(0).getAsJsonObject().get("type").getAsString())
                .isEqualTo("extra_forbidden");
        TestHttp.Response archived = TestHttp.post(sim, "/v1/fine_tuning/models/" + model + "/archive", "");
        assertConforms(ResourceSchemas.ARCHIVED, archived.json());
        assertThat(archived.json().get("archived").getAsBoolean()).isTrue();
        TestHttp.Response deleted = TestHttp.send(TestHttp.request(sim, "/v1/models/" + model).DELETE().build());
        assertConforms(ResourceSchemas.DELETED, deleted.json());
        assertThat(TestHttp.post(sim, "/v1/fine_tuning/models/" + model + "/archive", "").status()).isEqualTo(404);
        assertThat(TestHttp.send(TestHttp.request(sim, "/v1/models/mistral-small-latest").DELETE().build()).status())
                .isEqualTo(403);
    }

    @Test
    void listFiltersAreValidatedAndApplied() {
        create(job(",\"suffix\":\"one\""));
        sim.clock().advance(Duration.ofSeconds(25)); // validated at 20 s, starts at 30 s
        create(job(",\"suffix\":\"two\""));

        JsonObject list = TestHttp.get(sim, "/v1/fine_tuning/jobs?status=VALIDATED&page_size=5").json();
        assertConforms(ResourceSchemas.JOB_LIST, list);
        assertThat(list.getAsJsonArray("data").asList()).extracting(e -> suffix(e)).containsExactly("one");
        assertThat(TestHttp.get(sim, "/v1/fine_tuning/jobs?status=DONE").status()).isEqualTo(422);
        assertThat(TestHttp.get(sim, "/v1/fine_tuning/jobs?created_after=yesterday").status()).isEqualTo(422);
        assertThat(TestHttp.get(sim, "/v1/fine_tuning/jobs?page=1&page_size=1").json().getAsJsonArray("data")
                .asList()).extracting(e -> suffix(e)).containsExactly("one");
        assertThat(TestHttp.get(sim, "/v1/fine_tuning/jobs/not-a-uuid").status()).isEqualTo(422);
    }

    private static String suffix(JsonElement job) {
        return job.getAsJsonObject().get("suffix").getAsString();
    }
}
