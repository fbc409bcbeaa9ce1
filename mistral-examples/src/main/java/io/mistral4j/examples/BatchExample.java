package io.mistral4j.examples;

import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.batch.BatchEndpoint;
import io.mistral4j.batch.BatchJob;
import io.mistral4j.batch.BatchJobRequest;
import io.mistral4j.batch.BatchRequestWriter;
import io.mistral4j.batch.BatchResult;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.errors.JobTimeoutException;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A batch round trip: write the requests as JSONL, upload the file, run a batch job, wait for
 * it with progress, and read each answer by its custom id.
 */
public final class BatchExample {

    private static final Map<String, String> QUESTIONS = Map.of(
            "france", "What is the capital of France?",
            "italy", "What is the capital of Italy?",
            "spain", "What is the capital of Spain?");

    private BatchExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out, Duration pollInterval) {
        Path input = writeInput(client, model);
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(input).purpose(FilePurpose.BATCH).build());
        out.printf("uploaded %s (%d bytes, %d lines) as %s%n", file.filename(), file.bytes(), file.numLines(),
                file.id());

        BatchJob job = client.batch().create(BatchJobRequest.builder()
                .addInputFile(file.id())
                .endpoint(BatchEndpoint.CHAT_COMPLETIONS)
                .model(model)
                .putMetadata("source", "mistral4j-tour")
                .build());
        out.printf("batch job %s is %s%n", job.id(), job.status());

        BatchJob done;
        try {
            done = client.batch().awaitCompletion(job.id(), AwaitOptions.<BatchJob>builder()
                    .timeout(Duration.ofMinutes(10))
                    .pollInterval(pollInterval)
                    .onProgress(j -> out.printf("  %s %d/%d%n", j.status(), j.completedRequests(), j.totalRequests()))
                    .build());
        } catch (JobTimeoutException e) {
            out.printf("the job is still %s; its results will be in its output file later%n", e.lastStatus());
            return;
        }
        out.printf("batch job %s: %d/%d succeeded%n", done.status(), done.succeededRequests(), done.totalRequests());

        try (BatchResults<ChatCompletionResponse> results = client.batch().chatResults(done)) {
            for (BatchResult<ChatCompletionResponse> result : results) {
                out.printf("  %s -> %s%n", result.customId(),
                        result.isSuccess() ? result.response().text() : "failed: " + result.error().message());
            }
        }
    }

    private static Path writeInput(MistralClient client, String model) {
        try {
            Path input = Files.createTempFile("mistral4j-batch-", ".jsonl");
            input.toFile().deleteOnExit();
            try (BatchRequestWriter writer = client.batch().requestWriter(input)) {
                QUESTIONS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(q -> writer.write(q.getKey(),
                        ChatCompletionRequest.builder().model(model).addUserMessage(q.getValue()).maxTokens(40)
                                .build()));
            }
            return input;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out, Duration.ofSeconds(30));
        }
    }
}
