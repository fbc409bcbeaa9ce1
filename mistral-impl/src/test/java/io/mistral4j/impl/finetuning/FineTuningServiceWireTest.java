package io.mistral4j.impl.finetuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.finetuning.ClassifierLossFunction;
import io.mistral4j.finetuning.ClassifierTarget;
import io.mistral4j.finetuning.FineTuneableModelType;
import io.mistral4j.finetuning.FineTuningJob;
import io.mistral4j.finetuning.FineTuningJobEstimate;
import io.mistral4j.finetuning.FineTuningJobListRequest;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.FineTuningJobStatus;
import io.mistral4j.finetuning.GithubRepository;
import io.mistral4j.finetuning.Hyperparameters;
import io.mistral4j.finetuning.WandbIntegration;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.TransportRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the fine-tuning service puts on the wire and how it reads spec-shaped jobs. */
class FineTuningServiceWireTest {

    private static final String JOB_ID = "7e773925-1111-4222-8333-444455556666";
    private static final String FILE_ID = "e85980c9-409e-4a46-9304-36588f6292b0";
    private static final String WANDB_KEY = "wandb-secret-0123456789abcdef0123456789a";
    private static final String GITHUB_TOKEN = "ghp_secret_token_value";
    /** A CompletionDetailedJobOut built from the spec's schema, plus a field this version does not know. */
    private static final String DETAILED = "{\"id\":\"" + JOB_ID + "\",\"auto_start\":true,\"model\":\"open-mistral-7b\","
            + "\"status\":\"RUNNING\",\"created_at\":1716963433,\"modified_at\":1716963500,"
            + "\"training_files\":[\"" + FILE_ID + "\"],\"validation_files\":[],\"object\":\"job\","
            + "\"fine_tuned_model\":null,\"suffix\":\"bot\",\"integrations\":[{\"type\":\"wandb\",\"project\":\"p\","
            + "\"name\":null,\"run_name\":\"r\",\"url\":\"https://wandb.example/r\"}],\"trained_tokens\":null,"
            + "\"metadata\":{\"expected_duration_seconds\":220,\"cost\":10,\"cost_currency\":\"EUR\","
            + "\"train_tokens_per_step\":131072,\"train_tokens\":1310720,\"data_tokens\":305375,"
            + "\"estimated_start_time\":null},\"job_type\":\"completion\",\"hyperparameters\":{\"training_steps\":10,"
            + "\"learning_rate\":0.0001,\"weight_decay\":0.1,\"warmup_fraction\":0.05,\"epochs\":null,\"seq_len\":null,"
            + "\"fim_ratio\":0.9},\"repositories\":[{\"type\":\"github\",\"name\":\"repo\",\"owner\":\"me\",\"ref\":null,"
            + "\"weight\":1.0,\"commit_id\":\"0123456789abcdef0123456789abcdef01234567\"}],"
            + "\"events\":[{\"name\":\"status-updated\",\"data\":{\"status\":\"RUNNING\"},\"created_at\":1716963500}],"
            + "\"checkpoints\":[{\"metrics\":{\"train_loss\":1.2,\"valid_loss\":1.4,\"valid_mean_token_accuracy\":0.6},"
            + "\"step_number\":5,\"created_at\":1716963490}],\"brand_new\":{\"x\":1}}";
    private static final String CLASSIFIER = "{\"id\":\"" + JOB_ID + "\",\"auto_start\":false,\"model\":\"ministral-3b\","
            + "\"status\":\"PAUSED_FOR_REVIEW\",\"created_at\":1,\"modified_at\":2,\"training_files\":[],"
            + "\"job_type\":\"classifier\",\"hyperparameters\":{\"learning_rate\":0.0001},"
            + "\"classifier_targets\":[{\"name\":\"topic\",\"labels\":[\"a\",\"b\"],\"weight\":1.0,"
            + "\"loss_function\":\"single_class\"}]}";

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-ft-wire")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static FineTuningJobRequest fullRequest() {
        return FineTuningJobRequest.builder()
                .model("open-mistral-7b")
                .addTrainingFile(FILE_ID, 2.5)
                .addValidationFile("0a0a0a0a-0000-4000-8000-000000000000")
                .suffix("bot")
                .addIntegration(WandbIntegration.builder().project("p").runName("r").apiKey(WANDB_KEY).build())
                .autoStart(false)
                .invalidSampleSkipPercentage(0.1)
                .jobType(FineTuneableModelType.COMPLETION)
                .hyperparameters(Hyperparameters.builder().trainingSteps(10).learningRate(1e-4).fimRatio(0.5).build())
                .addRepository(GithubRepository.builder().name("repo").owner("me").token(GITHUB_TOKEN).build())
                .build();
    }

    @Test
    void createSendsTheJobInWithTaggedIntegrationsAndRepositories() {
        transport.answer(200, DETAILED);

        FineTuningJob job = client.fineTuning().create(fullRequest());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/fine_tuning/jobs");
        JsonObject expected = JsonParser.parseString("{\"model\":\"open-mistral-7b\","
                + "\"training_files\":[{\"file_id\":\"" + FILE_ID + "\",\"weight\":2.5}],"
                + "\"validation_files\":[\"0a0a0a0a-0000-4000-8000-000000000000\"],\"suffix\":\"bot\","
                + "\"integrations\":[{\"type\":\"wandb\",\"project\":\"p\",\"api_key\":\"" + WANDB_KEY + "\","
                + "\"run_name\":\"r\"}],\"auto_start\":false,\"invalid_sample_skip_percentage\":0.1,"
                + "\"job_type\":\"completion\",\"hyperparameters\":{\"training_steps\":10,\"learning_rate\":1.0E-4,"
                + "\"fim_ratio\":0.5},\"repositories\":[{\"type\":\"github\",\"name\":\"repo\",\"owner\":\"me\","
                + "\"token\":\"" + GITHUB_TOKEN + "\"}]}").getAsJsonObject();
        assertThat(JsonParser.parseString(transport.body(0))).isEqualTo(expected);
        assertThat(transport.body(0)).startsWith("{\"model\"").contains("{\"type\":\"wandb\"");
        assertThat(observer.calls().get(0).operation()).isEqualTo("fine_tuning.jobs.create");
        assertThat(observer.calls().get(0).model()).isEqualTo("open-mistral-7b");

        assertThat(job.status()).isEqualTo(FineTuningJobStatus.RUNNING);
        assertThat(job.isTerminal()).isFalse();
        assertThat(job.integrations().get(0).url()).isEqualTo("https://wandb.example/r");
        assertThat(job.metadata().dataTokens()).isEqualTo(305_375);
        assertThat(job.metadata().cost()).isEqualTo(10.0);
        assertThat(job.hyperparameters().fimRatio()).isEqualTo(0.9);
        assertThat(job.repositories().get(0).commitId()).hasSize(40);
        assertThat(job.events().get(0).data()).containsEntry("status", "RUNNING");
        assertThat(job.checkpoints().get(0).metrics().validMeanTokenAccuracy()).isEqualTo(0.6);
        assertThat(job.checkpoints().get(0).stepNumber()).isEqualTo(5);
    }

    @Test
    void secretsNeverAppearInToString() {
        FineTuningJobRequest request = fullRequest();

        assertThat(request.toString()).doesNotContain(WANDB_KEY).doesNotContain(GITHUB_TOKEN).contains("****");
        assertThat(request.integrations().get(0).toString()).doesNotContain(WANDB_KEY);
        assertThat(WandbIntegration.builder().apiKey(WANDB_KEY).toString()).doesNotContain(WANDB_KEY);
        assertThat(GithubRepository.builder().token(GITHUB_TOKEN).toString()).doesNotContain(GITHUB_TOKEN);
    }

    @Test
    void aDryRunAsksWithTheQueryParameterAndReadsTheEstimate() {
        transport.answer(200, "{\"expected_duration_seconds\":220,\"cost\":10,\"cost_currency\":\"EUR\","
                + "\"train_tokens_per_step\":131072,\"train_tokens\":1310720,\"data_tokens\":305375,"
                + "\"estimated_start_time\":null,\"deprecated\":true,\"details\":\"\",\"epochs\":4.2922,"
                + "\"training_steps\":10,\"object\":\"job.metadata\"}");

        FineTuningJobEstimate estimate = client.fineTuning().dryRun(fullRequest());

        assertThat(transport.requests().get(0).uri()).hasToString(
                "https://api.example.test/v1/fine_tuning/jobs?dry_run=true");
        assertThat(estimate.epochs()).isEqualTo(4.2922);
        assertThat(estimate.trainingSteps()).isEqualTo(10);
        assertThat(estimate.deprecated()).isTrue();
    }

    @Test
    void listSendsEveryFilterAndReadsJobsOfBothTypes() {
        transport.answer(200, "{\"data\":[" + DETAILED + "," + CLASSIFIER + "],\"object\":\"list\",\"total\":2}");

        Page<FineTuningJob> page = client.fineTuning().list(FineTuningJobListRequest.builder().page(0).pageSize(10)
                .model("m").createdAfter(Instant.parse("2024-05-01T00:00:00Z"))
                .createdBefore(Instant.parse("2024-06-01T12:30:00Z")).createdByMe(true)
                .status(FineTuningJobStatus.RUNNING).wandbProject("p").wandbName("n").suffix("s").build());

        assertThat(transport.requests().get(0).uri()).hasToString("https://api.example.test/v1/fine_tuning/jobs"
                + "?page=0&page_size=10&model=m&created_after=2024-05-01T00%3A00%3A00Z"
                + "&created_before=2024-06-01T12%3A30%3A00Z&created_by_me=true&status=RUNNING&wandb_project=p"
                + "&wandb_name=n&suffix=s");
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNextPage()).isFalse();
        FineTuningJob classifier = page.items().get(1);
        assertThat(classifier.jobType()).isEqualTo(FineTuneableModelType.CLASSIFIER);
        assertThat(classifier.status().isKnown()).isFalse();
        assertThat(classifier.status().value()).isEqualTo("PAUSED_FOR_REVIEW");
        assertThat(classifier.classifierTargets().get(0).lossFunction()).isEqualTo(ClassifierLossFunction.SINGLE_CLASS);
        assertThat(classifier.hyperparameters().fimRatio()).isNull();
        assertThat(classifier.repositories()).isEmpty();
    }

    @Test
    void getCancelAndStartUseTheJobPath() {
        transport.answer(200, DETAILED).answer(200, DETAILED).answer(200, DETAILED);

        client.fineTuning().get(JOB_ID);
        client.fineTuning().cancel(JOB_ID);
        client.fineTuning().start(JOB_ID);

        assertThat(transport.requests()).extracting(r -> r.method() + " " + r.uri().getRawPath()).containsExactly(
                "GET /v1/fine_tuning/jobs/" + JOB_ID,
                "POST /v1/fine_tuning/jobs/" + JOB_ID + "/cancel",
                "POST /v1/fine_tuning/jobs/" + JOB_ID + "/start");
        assertThat(observer.calls()).extracting(c -> c.operation()).containsExactly("fine_tuning.jobs.get",
                "fine_tuning.jobs.cancel", "fine_tuning.jobs.start");
    }

    @Test
    void aClassifierRequestCarriesItsTargets() {
        transport.answer(200, CLASSIFIER);

        client.fineTuning().create(FineTuningJobRequest.builder().model("ministral-3b").addTrainingFile(FILE_ID)
                .jobType(FineTuneableModelType.CLASSIFIER)
                .addClassifierTarget(ClassifierTarget.of("topic", List.of("a", "b"), 2.0,
                        ClassifierLossFunction.MULTI_CLASS))
                .hyperparameters(Hyperparameters.builder().epochs(1.5).build()).build());

        JsonObject body = JsonParser.parseString(transport.body(0)).getAsJsonObject();
        assertThat(body.get("job_type").getAsString()).isEqualTo("classifier");
        assertThat(body.getAsJsonArray("classifier_targets").get(0)).isEqualTo(JsonParser.parseString(
                "{\"name\":\"topic\",\"labels\":[\"a\",\"b\"],\"weight\":2.0,\"loss_function\":\"multi_class\"}"));
        assertThat(body.getAsJsonObject("hyperparameters").keySet()).containsExactly("epochs");
    }

    @Test
    void a422NamesTheFieldAndNeverTheSecret() {
        transport.answer(422, "{\"detail\":[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"suffix\"],"
                + "\"msg\":\"String should have at most 18 characters\",\"input\":\"x\",\"ctx\":{\"max_length\":18}}]}");

        assertThatThrownBy(() -> client.fineTuning().create(fullRequest()))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("suffix").message().doesNotContain(WANDB_KEY);
    }

    @Test
    void everyPollOfAViewIsSentWithItsOptions() {
        String done = DETAILED.replace("\"status\":\"RUNNING\"", "\"status\":\"SUCCESS\"");
        transport.answer(200, DETAILED).answer(200, done);

        FineTuningJob job = client.fineTuning().withOptions(RequestOptions.builder().header("X-Call", "7").build())
                .awaitCompletion(JOB_ID, AwaitOptions.<FineTuningJob>builder().timeout(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(1)).build());

        assertThat(job.status()).isEqualTo(FineTuningJobStatus.SUCCESS);
        assertThat(transport.requests()).hasSize(2)
                .allSatisfy(request -> assertThat(request.headers().first("X-Call")).contains("7"));
    }
}
