package io.mistral4j.examples;

import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.finetuning.FineTuningJob;
import io.mistral4j.finetuning.FineTuningJobEstimate;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.Hyperparameters;
import io.mistral4j.finetuning.TrainingDataWriter;
import io.mistral4j.models.UpdateModelRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Fine-tuning: write training conversations, upload them, check the job with a dry run, then
 * (when {@code train} is set, since training costs money on the real API) run it, wait for the
 * model, name it and archive it.
 */
public final class FineTuningExample {

    private FineTuningExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out, boolean train,
                           Duration pollInterval) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (TrainingDataWriter writer = client.fineTuning().trainingDataWriter(data)) {
            for (String city : List.of("Paris", "Rome", "Madrid", "Berlin")) {
                writer.writeConversation(List.of(
                        SystemMessage.of("You answer as a travel guide, in one sentence."),
                        UserMessage.of("What should I see in " + city + "?"),
                        AssistantMessage.of("In " + city + ", start with the old town on foot.")));
            }
        }
        byte[] bytes = data.toByteArray();
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(bytes), "travel-guide.jsonl", bytes.length)
                .purpose(FilePurpose.FINE_TUNE).build());
        out.printf("uploaded %s (%d conversations)%n", file.filename(), file.numLines());

        FineTuningJobRequest request = FineTuningJobRequest.builder()
                .model(model)
                .addTrainingFile(file.id())
                .hyperparameters(Hyperparameters.builder().trainingSteps(10).learningRate(1e-4).build())
                .suffix("travel-guide")
                .autoStart(true)
                .build();
        FineTuningJobEstimate estimate = client.fineTuning().dryRun(request);
        out.printf("dry run: %d data tokens, %d steps, about %d s%n", estimate.dataTokens(), estimate.trainingSteps(),
                estimate.expectedDurationSeconds());
        if (!train) {
            out.println("(training skipped: it would cost money against the real API)");
            return;
        }

        FineTuningJob job = client.fineTuning().create(request);
        FineTuningJob done = client.fineTuning().awaitCompletion(job.id(), AwaitOptions.<FineTuningJob>builder()
                .timeout(Duration.ofHours(2))
                .pollInterval(pollInterval)
                .onProgress(j -> out.printf("  %s%n", j.status()))
                .build());
        out.printf("job %s ended %s with model %s%n", done.id(), done.status(), done.fineTunedModel());
        if (done.fineTunedModel() == null) {
            return;
        }
        client.models().update(done.fineTunedModel(), UpdateModelRequest.builder().name("Travel guide").build());
        out.printf("renamed; archived: %s%n", client.models().archive(done.fineTunedModel()).archived());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out, false, Duration.ofSeconds(30));
        }
    }
}
