package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.GoneException;
import io.mistral4j.errors.JobTimeoutException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.finetuning.ClassifierTarget;
import io.mistral4j.finetuning.FineTuneableModelType;
import io.mistral4j.finetuning.FineTuningJob;
import io.mistral4j.finetuning.FineTuningJobEstimate;
import io.mistral4j.finetuning.FineTuningJobListRequest;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.FineTuningJobStatus;
import io.mistral4j.finetuning.Hyperparameters;
import io.mistral4j.finetuning.JobEvent;
import io.mistral4j.finetuning.TrainingDataWriter;
import io.mistral4j.finetuning.WandbIntegration;
import io.mistral4j.models.DeletedModel;
import io.mistral4j.models.FineTunedModel;
import io.mistral4j.models.FineTunedModelCard;
import io.mistral4j.models.ModelCard;
import io.mistral4j.models.UpdateModelRequest;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning end to end over loopback sockets: training data written and uploaded, a job
 * that moves through its statuses on the simulator's clock, the model it produces, and that
 * model's life (chat, rename, archive, unarchive, delete).
 */
@SuppressWarnings("deprecation")
class FineTuningIntegrationTest {

    private static final String KEY = "sk-ft-it-1a2b3c4d5e6f";
    private static final String MODEL = "mistral-small-latest";
    private static final String WANDB_KEY = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private MistralSimulator simulator;
    private MistralClient client;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).clock(SimulatedClock.frozen()).start();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void aServerThatRetiredFineTuningAnswersGone() {
        try (MistralSimulator retired = MistralSimulator.builder().apiKey(KEY).fineTuningRetired(true).start();
             MistralClient retiredClient = MistralClient.builder().apiKey(KEY).baseUrl(retired.baseUrl()).build()) {
            assertThatThrownBy(() -> retiredClient.fineTuning().list(FineTuningJobListRequest.builder().build()))
                    .isInstanceOf(GoneException.class)
                    .hasMessageContaining("retired")
                    .satisfies(e -> assertThat(((GoneException) e).statusCode()).isEqualTo(410));
            assertThatThrownBy(() -> retiredClient.fineTuning().getAsync("00000000-0000-0000-0000-000000000000")
                    .join()).hasCauseInstanceOf(GoneException.class);
            assertThat(retired.requests()).hasSize(2);
        }
    }

    @Test
    void uploadFineTuneModelArchiveLifecycle() throws IOException {
        FileInfo training = uploadTrainingData(3);
        FineTuningJob created = client.fineTuning().create(FineTuningJobRequest.builder()
                .model(MODEL)
                .addTrainingFile(training.id(), 1.0)
                .hyperparameters(Hyperparameters.builder().trainingSteps(4).learningRate(1e-4).build())
                .suffix("support-bot")
                .addIntegration(WandbIntegration.builder().project("ft-runs").apiKey(WANDB_KEY).build())
                .autoStart(true)
                .build());

        assertThat(created.status()).isEqualTo(FineTuningJobStatus.QUEUED);
        assertThat(created.trainingFiles()).containsExactly(training.id());
        assertThat(created.integrations()).singleElement().satisfies(w -> assertThat(w.project()).isEqualTo("ft-runs"));
        assertThat(simulator.requests().get(simulator.requests().size() - 1).body()).contains(WANDB_KEY);

        List<FineTuningJobStatus> seen = new ArrayList<>();
        FineTuningJob done = client.fineTuning().awaitCompletion(created.id(), AwaitOptions.<FineTuningJob>builder()
                .timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                .onProgress(job -> {
                    seen.add(job.status());
                    simulator.clock().advance(Duration.ofSeconds(10));
                }).build());

        assertThat(done.status()).isEqualTo(FineTuningJobStatus.SUCCESS);
        assertThat(seen).containsSubsequence(FineTuningJobStatus.QUEUED, FineTuningJobStatus.VALIDATING,
                FineTuningJobStatus.RUNNING, FineTuningJobStatus.SUCCESS);
        assertThat(done.events()).extracting(JobEvent::name).containsOnly("status-updated");
        assertThat(done.events()).extracting(e -> e.data().get("status")).containsExactly("QUEUED", "VALIDATING",
                "VALIDATED", "STARTED", "RUNNING", "SUCCESS");
        assertThat(done.checkpoints()).hasSize(4);
        assertThat(done.checkpoints().get(3).metrics().trainLoss())
                .isLessThan(done.checkpoints().get(0).metrics().trainLoss());
        assertThat(done.hyperparameters().trainingSteps()).isEqualTo(4);
        assertThat(done.hyperparameters().fimRatio()).as("server default").isEqualTo(0.9);
        assertThat(done.fineTunedModel()).startsWith("ft:" + MODEL + ":support-bot:");
        assertThat(done.trainedTokens()).isPositive();

        String modelId = done.fineTunedModel();
        FineTunedModelCard card = (FineTunedModelCard) client.models().retrieve(modelId);
        assertThat(card.job()).isEqualTo(done.id());
        assertThat(card.root()).isEqualTo(MODEL);
        assertThat(card.archived()).isFalse();
        assertThat(card.capabilities().completionChat()).isTrue();
        assertThat(client.models().list().fineTuned()).extracting(ModelCard::id).containsExactly(modelId);

        assertThat(client.chat().complete(ChatCompletionRequest.builder().model(modelId)
                .addUserMessage("Hello").build()).text()).isNotBlank();

        FineTunedModel renamed = client.models().update(modelId, UpdateModelRequest.builder()
                .name("Support bot").description("Answers support questions").build());
        assertThat(renamed.name()).isEqualTo("Support bot");
        assertThat(renamed.modelType()).isEqualTo(FineTuneableModelType.COMPLETION);
        assertThat(renamed.root()).isEqualTo(MODEL);
        assertThat(client.models().retrieve(modelId).description()).isEqualTo("Answers support questions");

        assertThat(client.models().archive(modelId).archived()).isTrue();
        assertThat(((FineTunedModelCard) client.models().retrieve(modelId)).archived()).isTrue();
        assertThat(client.models().unarchive(modelId).archived()).isFalse();
        assertThat(((FineTunedModelCard) client.models().retrieve(modelId)).archived()).isFalse();

        DeletedModel deleted = client.models().delete(modelId);
        assertThat(deleted.deleted()).isTrue();
        assertThatThrownBy(() -> client.models().retrieve(modelId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.models().archive(modelId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.chat().complete(ChatCompletionRequest.builder().model(modelId)
                .addUserMessage("Hello").build())).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aJobWithoutAutoStartWaitsUntilStarted() throws IOException {
        FineTuningJob job = client.fineTuning().create(request(uploadTrainingData(2).id()).autoStart(false).build());

        assertThatThrownBy(() -> client.fineTuning().start(job.id()))
                .as("not validated yet").isInstanceOf(BadRequestException.class);
        simulator.clock().advance(Duration.ofHours(1));
        assertThat(client.fineTuning().get(job.id()).status()).isEqualTo(FineTuningJobStatus.VALIDATED);

        FineTuningJob started = client.fineTuning().start(job.id());
        assertThat(started.status()).isEqualTo(FineTuningJobStatus.VALIDATED);
        simulator.clock().advance(Duration.ofSeconds(15));
        assertThat(client.fineTuning().get(job.id()).status()).isEqualTo(FineTuningJobStatus.STARTED);
        simulator.clock().advance(Duration.ofHours(1));
        assertThat(client.fineTuning().get(job.id()).status()).isEqualTo(FineTuningJobStatus.SUCCESS);
    }

    @Test
    void aCancelledJobEndsCancelledAndProducesNoModel() throws Exception {
        FineTuningJob job = client.fineTuning().create(request(uploadTrainingData(2).id()).build());
        simulator.clock().advance(Duration.ofSeconds(40));

        FineTuningJob cancelling = client.fineTuning().cancelAsync(job.id()).get(5, TimeUnit.SECONDS);

        assertThat(cancelling.status()).isEqualTo(FineTuningJobStatus.CANCELLATION_REQUESTED);
        simulator.clock().advance(Duration.ofHours(1));
        FineTuningJob cancelled = client.fineTuning().get(job.id());
        assertThat(cancelled.status()).isEqualTo(FineTuningJobStatus.CANCELLED);
        assertThat(cancelled.isTerminal()).isTrue();
        assertThat(cancelled.fineTunedModel()).isNull();
        assertThat(client.models().list().fineTuned()).isEmpty();
    }

    @Test
    void invalidTrainingDataFailsValidation() {
        byte[] bad = "{\"prompt\":\"no messages here\"}\n".getBytes(StandardCharsets.UTF_8);
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(bad), "bad.jsonl", bad.length).purpose(FilePurpose.FINE_TUNE).build());
        FineTuningJob job = client.fineTuning().create(request(file.id()).build());

        simulator.clock().advance(Duration.ofMinutes(1));
        FineTuningJob failed = client.fineTuning().get(job.id());

        assertThat(failed.status()).isEqualTo(FineTuningJobStatus.FAILED_VALIDATION);
        assertThat(failed.events().get(failed.events().size() - 1).data().get("error").toString())
                .contains("messages");
    }

    @Test
    void aDryRunEstimatesWithoutCreatingAJob() throws IOException {
        FineTuningJobEstimate estimate = client.fineTuning().dryRun(request(uploadTrainingData(5).id()).build());

        assertThat(estimate.object()).isEqualTo("job.metadata");
        assertThat(estimate.dataTokens()).isPositive();
        assertThat(estimate.trainingSteps()).isEqualTo(10);
        assertThat(estimate.costCurrency()).isEqualTo("EUR");
        assertThat(simulator.requests().get(simulator.requests().size() - 1).query()).isEqualTo("dry_run=true");
        assertThat(client.fineTuning().list().items()).isEmpty();
    }

    @Test
    void trainingFilesMustExist() {
        FineTuningJobRequest request = request("00000000-0000-4000-8000-000000000000").build();

        assertThatThrownBy(() -> client.fineTuning().create(request)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.fineTuning().get("00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void classifierJobsProduceClassifierModels() {
        byte[] samples = ("{\"text\":\"great\",\"labels\":{\"sentiment\":\"positive\"}}\n"
                + "{\"text\":\"awful\",\"labels\":{\"sentiment\":\"negative\"}}\n").getBytes(StandardCharsets.UTF_8);
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(samples), "labels.jsonl", samples.length).build());
        FineTuningJob job = client.fineTuning().create(FineTuningJobRequest.builder()
                .model("ministral-8b-latest").addTrainingFile(file.id())
                .jobType(FineTuneableModelType.CLASSIFIER)
                .addClassifierTarget(ClassifierTarget.of("sentiment", List.of("positive", "negative")))
                .hyperparameters(Hyperparameters.builder().build())
                .build());

        simulator.clock().advance(Duration.ofHours(1));
        FineTuningJob done = client.fineTuning().get(job.id());

        assertThat(done.jobType()).isEqualTo(FineTuneableModelType.CLASSIFIER);
        assertThat(done.status()).isEqualTo(FineTuningJobStatus.SUCCESS);
        assertThat(done.classifierTargets()).singleElement().satisfies(t -> {
            assertThat(t.labels()).containsExactly("positive", "negative");
            assertThat(t.weight()).isEqualTo(1.0);
        });
        assertThat(done.hyperparameters().fimRatio()).isNull();
        FineTunedModel model = client.models().update(done.fineTunedModel(),
                UpdateModelRequest.builder().name("sentiment").build());
        assertThat(model.modelType()).isEqualTo(FineTuneableModelType.CLASSIFIER);
        assertThat(model.capabilities().classification()).isTrue();
        assertThat(model.classifierTargets()).hasSize(1);
    }

    @Test
    void listsJobsWithFiltersAndPages() throws IOException {
        String file = uploadTrainingData(2).id();
        client.fineTuning().create(request(file).suffix("alpha").build());
        simulator.clock().advance(Duration.ofSeconds(1));
        client.fineTuning().create(request(file).suffix("beta").addIntegration(WandbIntegration.builder()
                .project("runs").name("beta-run").apiKey(WANDB_KEY).build()).build());
        simulator.clock().advance(Duration.ofSeconds(1));
        client.fineTuning().create(request(file).model("codestral-latest").build());

        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder().pageSize(2).build()).stream())
                .hasSize(3).first().satisfies(j -> assertThat(j.model()).as("newest first")
                        .isEqualTo("codestral-latest"));
        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder().suffix("alpha").build()).items())
                .singleElement().satisfies(j -> assertThat(j.suffix()).isEqualTo("alpha"));
        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder().wandbProject("runs")
                .wandbName("beta-run").build()).items()).extracting(FineTuningJob::suffix).containsExactly("beta");
        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder().model(MODEL).build()).items())
                .hasSize(2);
        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder()
                .status(FineTuningJobStatus.SUCCESS).build()).items()).isEmpty();
        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder()
                .createdAfter(java.time.Instant.ofEpochSecond(simulator.clock().epochSecond() - 1)).build()).items())
                .extracting(FineTuningJob::model).containsExactly("codestral-latest");

        simulator.clock().advance(Duration.ofHours(1));
        assertThat(client.fineTuning().list(FineTuningJobListRequest.builder()
                .status(FineTuningJobStatus.SUCCESS).build()).total()).hasValue(3);
    }

    @Test
    void awaitCompletionGivesUpWithATypedTimeout() throws IOException {
        FineTuningJob job = client.fineTuning().create(request(uploadTrainingData(1).id()).build());
        List<FineTuningJob> polls = new ArrayList<>();

        assertThatThrownBy(() -> client.fineTuning().awaitCompletion(job.id(), AwaitOptions.<FineTuningJob>builder()
                .timeout(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(50)).onProgress(polls::add).build()))
                .isInstanceOfSatisfying(JobTimeoutException.class, e -> {
                    assertThat(e.jobId()).isEqualTo(job.id());
                    assertThat(e.lastStatus()).isEqualTo("QUEUED");
                });
        assertThat(polls).hasSizeBetween(2, 10);
    }

    @Test
    void awaitCompletionAsyncPollsWithoutBlocking() throws Exception {
        FineTuningJob job = client.fineTuning().create(request(uploadTrainingData(1).id()).build());

        FineTuningJob done = client.fineTuning().awaitCompletionAsync(job.id(), AwaitOptions.<FineTuningJob>builder()
                .timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                .onProgress(j -> simulator.clock().advance(Duration.ofSeconds(30))).build())
                .get(20, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(FineTuningJobStatus.SUCCESS);
    }

    private FineTuningJobRequest.Builder request(String fileId) {
        return FineTuningJobRequest.builder().model(MODEL).addTrainingFile(fileId)
                .hyperparameters(Hyperparameters.builder().build());
    }

    private FileInfo uploadTrainingData(int conversations) throws IOException {
        Path file = dir.resolve("train-" + conversations + ".jsonl");
        try (TrainingDataWriter writer = client.fineTuning().trainingDataWriter(file)) {
            for (int i = 0; i < conversations; i++) {
                writer.writeConversation(List.of(SystemMessage.of("You answer support questions."),
                        UserMessage.of("How do I reset my password? (" + i + ")"),
                        AssistantMessage.of("Open Settings, then Security, then Reset.")));
            }
            assertThat(writer.count()).isEqualTo(conversations);
        }
        return client.files().upload(FileUploadRequest.builder().file(file).purpose(FilePurpose.FINE_TUNE).build());
    }
}
