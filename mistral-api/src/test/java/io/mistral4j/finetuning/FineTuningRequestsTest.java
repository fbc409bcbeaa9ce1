package io.mistral4j.finetuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Fine-tuning requests refuse bad input at build time, naming the field, and keep secrets out of text. */
class FineTuningRequestsTest {

    private static final String WANDB_KEY = "k".repeat(40);

    private static FineTuningJobRequest.Builder valid() {
        return FineTuningJobRequest.builder().model("mistral-small-latest").addTrainingFile("file-1")
                .hyperparameters(Hyperparameters.builder().build());
    }

    private static void failsOn(String field, Supplier<?> build) {
        assertThatThrownBy(build::get).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo(field);
    }

    @Test
    void modelTrainingDataAndHyperparametersAreRequired() {
        failsOn("model", () -> FineTuningJobRequest.builder().addTrainingFile("f")
                .hyperparameters(Hyperparameters.builder().build()).build());
        failsOn("trainingFiles", () -> FineTuningJobRequest.builder().model("m")
                .hyperparameters(Hyperparameters.builder().build()).build());
        failsOn("hyperparameters", () -> FineTuningJobRequest.builder().model("m").addTrainingFile("f").build());
        assertThat(FineTuningJobRequest.builder().model("m").hyperparameters(Hyperparameters.builder().build())
                .addRepository(GithubRepository.builder().name("r").owner("o").token("t").build()).build()
                .trainingFiles()).as("a repository is training data too").isEmpty();
        failsOn("fileId", () -> TrainingFile.of(" "));
        failsOn("weight", () -> TrainingFile.of("f", 0));
    }

    @Test
    void fieldsAreCheckedAgainstTheSpecsLimits() {
        failsOn("suffix", () -> valid().suffix("x".repeat(19)).build());
        assertThat(valid().suffix("x".repeat(18)).build().suffix()).hasSize(18);
        failsOn("invalidSampleSkipPercentage", () -> valid().invalidSampleSkipPercentage(0.6).build());
        failsOn("hyperparameters.learningRate", () -> Hyperparameters.builder().learningRate(2).build());
        failsOn("hyperparameters.learningRate", () -> Hyperparameters.builder().learningRate(0).build());
        failsOn("hyperparameters.weightDecay", () -> Hyperparameters.builder().weightDecay(-0.1).build());
        failsOn("hyperparameters.warmupFraction", () -> Hyperparameters.builder().warmupFraction(1.5).build());
        failsOn("hyperparameters.trainingSteps", () -> Hyperparameters.builder().trainingSteps(0).build());
        failsOn("hyperparameters.epochs", () -> Hyperparameters.builder().epochs(0).build());
        failsOn("hyperparameters.seqLen", () -> Hyperparameters.builder().seqLen(99).build());
        failsOn("hyperparameters.fimRatio", () -> Hyperparameters.builder().fimRatio(1.1).build());
    }

    @Test
    void classifierJobsNeedTargetsAndNoFimRatio() {
        failsOn("classifierTargets", () -> valid().jobType(FineTuneableModelType.CLASSIFIER).build());
        failsOn("hyperparameters.fimRatio", () -> valid().jobType(FineTuneableModelType.CLASSIFIER)
                .hyperparameters(Hyperparameters.builder().fimRatio(0.5).build())
                .addClassifierTarget(ClassifierTarget.of("t", List.of("a"))).build());
        failsOn("classifierTargets.labels", () -> ClassifierTarget.of("t", List.of()));
        failsOn("classifierTargets.name", () -> ClassifierTarget.of(null, List.of("a")));
    }

    @Test
    void integrationsNeedAProjectAndA40CharacterKeyThatNeverPrints() {
        failsOn("integrations.project", () -> WandbIntegration.builder().apiKey(WANDB_KEY).build());
        failsOn("integrations.apiKey", () -> WandbIntegration.builder().project("p").build());
        String shortKey = "secret-but-short";
        assertThatThrownBy(() -> WandbIntegration.builder().project("p").apiKey(shortKey).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("40").message()
                .doesNotContain(shortKey);

        FineTuningJobRequest request = valid().addIntegration(WandbIntegration.builder().project("p")
                .apiKey(WANDB_KEY).build()).build();
        assertThat(request.integrations().get(0).apiKey()).isEqualTo(WANDB_KEY);
        assertThat(request.toString()).doesNotContain(WANDB_KEY).contains("project=p");
    }

    @Test
    void listRequestsRefuseEmptyPagesAndBackwardRanges() {
        failsOn("pageSize", () -> FineTuningJobListRequest.builder().pageSize(0).build());
        failsOn("pageSize", () -> FineTuningJobListRequest.builder().pageSize(-3).build());
        failsOn("page", () -> FineTuningJobListRequest.builder().page(-1).build());
        failsOn("createdAfter", () -> FineTuningJobListRequest.builder().createdAfter(Instant.ofEpochSecond(10))
                .createdBefore(Instant.ofEpochSecond(5)).build());
        assertThat(FineTuningJobListRequest.all().pageSize()).isEqualTo(100);
    }

    @Test
    void statusesKnowWhichAreTerminal() {
        assertThat(FineTuningJobStatus.knownValues()).filteredOn(FineTuningJobStatus::isTerminal)
                .extracting(FineTuningJobStatus::value)
                .containsExactlyInAnyOrder("FAILED_VALIDATION", "FAILED", "SUCCESS", "CANCELLED");
        assertThat(FineTuningJobStatus.of("SOMETHING_NEW").isTerminal()).isFalse();
    }
}
