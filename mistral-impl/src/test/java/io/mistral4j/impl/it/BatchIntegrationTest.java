package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.batch.BatchEndpoint;
import io.mistral4j.batch.BatchJob;
import io.mistral4j.batch.BatchJobListRequest;
import io.mistral4j.batch.BatchJobOrder;
import io.mistral4j.batch.BatchJobRequest;
import io.mistral4j.batch.BatchJobStatus;
import io.mistral4j.batch.BatchRequestWriter;
import io.mistral4j.batch.BatchResult;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.batch.DeletedBatchJob;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FileListRequest;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileSource;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.SampleType;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch end to end over loopback sockets: an input file written and uploaded, a job that runs
 * each line through the simulator's chat, and its output and error files read back as typed
 * results per custom id.
 */
class BatchIntegrationTest {

    private static final String KEY = "sk-batch-it-9f8e7d6c5b4a";
    private static final String MODEL = "mistral-small-latest";

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
    void uploadBatchJobOutputFileResults() throws IOException {
        Path input = dir.resolve("batch.jsonl");
        try (BatchRequestWriter writer = client.batch().requestWriter(input)) {
            writer.write("capital-fr", ask("What is the capital of France?"));
            writer.write("capital-it", ask("What is the capital of Italy?"));
            writer.write("raw-map", Map.of("messages", List.of(Map.of("role", "user", "content", "Hi"))));
        }
        // A line the API cannot run (no messages) and a line that is not JSON at all.
        Files.writeString(input, "{\"custom_id\":\"broken\",\"body\":{\"max_tokens\":5}}\nnot json\n",
                java.nio.file.StandardOpenOption.APPEND);
        FileInfo file = client.files().upload(FileUploadRequest.builder().file(input).purpose(FilePurpose.BATCH)
                .build());
        assertThat(file.numLines()).isEqualTo(5);

        BatchJob created = client.batch().create(BatchJobRequest.builder()
                .addInputFile(file.id()).endpoint(BatchEndpoint.CHAT_COMPLETIONS).model(MODEL)
                .putMetadata("team", "search").timeoutHours(2).build());
        assertThat(created.status()).isEqualTo(BatchJobStatus.QUEUED);
        assertThat(created.totalRequests()).isEqualTo(5);
        assertThat(created.metadata()).containsEntry("team", "search");

        List<String> progress = new ArrayList<>();
        BatchJob done = client.batch().awaitCompletion(created.id(), AwaitOptions.<BatchJob>builder()
                .timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                .onProgress(job -> {
                    progress.add(job.status() + " " + job.completedRequests() + "/" + job.totalRequests());
                    simulator.clock().advance(Duration.ofSeconds(4));
                }).build());

        assertThat(progress).contains("QUEUED 0/5").anyMatch(p -> p.startsWith("RUNNING"));
        assertThat(done.status()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(done.completedRequests()).isEqualTo(5);
        assertThat(done.succeededRequests()).isEqualTo(3);
        assertThat(done.failedRequests()).isEqualTo(2);
        assertThat(done.errors()).hasSize(2);
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.completedAt()).isGreaterThanOrEqualTo(done.startedAt());

        FileInfo output = client.files().retrieve(done.outputFile());
        assertThat(output.sampleType()).isEqualTo(SampleType.BATCH_RESULT);
        assertThat(output.source()).isEqualTo(FileSource.MISTRAL);
        assertThat(output.numLines()).isEqualTo(3);
        assertThat(client.files().retrieve(done.errorFile()).sampleType()).isEqualTo(SampleType.BATCH_ERROR);

        Map<String, BatchResult<ChatCompletionResponse>> byId = new HashMap<>();
        List<BatchResult<ChatCompletionResponse>> failures = new ArrayList<>();
        try (BatchResults<ChatCompletionResponse> results = client.batch().chatResults(done)) {
            for (BatchResult<ChatCompletionResponse> result : results) {
                if (result.isSuccess()) {
                    byId.put(result.customId(), result);
                } else {
                    failures.add(result);
                }
            }
        }
        assertThat(byId).containsOnlyKeys("capital-fr", "capital-it", "raw-map");
        BatchResult<ChatCompletionResponse> france = byId.get("capital-fr");
        assertThat(france.statusCode()).isEqualTo(200);
        assertThat(france.response().text()).isNotBlank();
        assertThat(france.response().model()).isEqualTo(MODEL);
        assertThat(france.rawBody()).contains("\"choices\"");
        String direct = client.chat().complete(ask("What is the capital of France?")).text();
        assertThat(france.response().text()).as("the simulator's real chat answer").isEqualTo(direct);

        assertThat(failures).hasSize(2);
        BatchResult<ChatCompletionResponse> broken = failures.stream()
                .filter(f -> "broken".equals(f.customId())).findFirst().orElseThrow();
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.error().message()).isEqualTo("Field required");
        assertThat(failures).anySatisfy(f -> assertThat(f.error().message()).contains("Invalid JSON"));

        assertThat(client.files().list(FileListRequest.builder().sources(FileSource.MISTRAL).build()).items())
                .extracting(FileInfo::id).containsExactlyInAnyOrder(done.outputFile(), done.errorFile());
    }

    @Test
    void inlineRequestsAnswerInlineWhenAsked() {
        BatchJob job = client.batch().create(BatchJobRequest.builder()
                .addRequest("one", ask("Name a colour."))
                .addRequest("two", ask("Name a fruit."))
                .endpoint(BatchEndpoint.CHAT_COMPLETIONS).build());
        simulator.clock().advance(Duration.ofMinutes(5));

        BatchJob withOutputs = client.batch().get(job.id(), true);
        assertThat(withOutputs.status()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(withOutputs.outputs()).hasSize(2);
        assertThat(withOutputs.outputs().get(0)).containsEntry("custom_id", "one");
        assertThat(client.batch().get(job.id()).outputs()).isNull();
        assertThat(simulator.requests().get(simulator.requests().size() - 1).query()).isNull();
        assertThat(simulator.requests().get(simulator.requests().size() - 2).query()).isEqualTo("inline=true");
    }

    @Test
    void readsResultsFromADownloadedFile() {
        BatchJob job = client.batch().create(BatchJobRequest.builder()
                .addRequest("only", ask("Say yes.")).endpoint(BatchEndpoint.CHAT_COMPLETIONS).build());
        simulator.clock().advance(Duration.ofMinutes(5));
        BatchJob done = client.batch().get(job.id());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        client.files().download(done.outputFile(), bytes);

        try (BatchResults<ChatCompletionResponse> results = client.batch().readChatResults(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(results.stream().map(BatchResult::customId)).containsExactly("only");
        }
    }

    @Test
    void aDeletedJobIsGoneAndCannotBeDeletedTwice() {
        BatchJob job = client.batch().create(BatchJobRequest.builder().endpoint(BatchEndpoint.CHAT_COMPLETIONS)
                .addRequest("q", ask("Question")).build());

        DeletedBatchJob deleted = client.batch().delete(job.id());

        assertThat(deleted.id()).isEqualTo(job.id());
        assertThat(deleted.object()).isEqualTo("batch");
        assertThat(deleted.deleted()).isTrue();
        assertThatThrownBy(() -> client.batch().get(job.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.batch().deleteAsync(job.id()).join())
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void aCancelledJobKeepsTheAnswersDoneByThen() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f");
        BatchJobRequest.Builder request = BatchJobRequest.builder().endpoint(BatchEndpoint.CHAT_COMPLETIONS);
        ids.forEach(id -> request.addRequest(id, ask("Question " + id)));
        BatchJob job = client.batch().create(request.build());
        simulator.clock().advance(Duration.ofSeconds(12));

        BatchJob cancelling = client.batch().cancel(job.id());
        assertThat(cancelling.status()).isEqualTo(BatchJobStatus.CANCELLATION_REQUESTED);
        simulator.clock().advance(Duration.ofMinutes(1));

        BatchJob cancelled = client.batch().get(job.id());
        assertThat(cancelled.status()).isEqualTo(BatchJobStatus.CANCELLED);
        assertThat(cancelled.completedRequests()).isEqualTo(2);
        assertThat(cancelled.totalRequests()).isEqualTo(6);
        try (BatchResults<ChatCompletionResponse> results = client.batch().chatResults(cancelled)) {
            assertThat(results.stream().map(BatchResult::customId)).containsExactly("a", "b");
        }
    }

    @Test
    void listsJobsWithFilters() {
        BatchJob first = client.batch().create(BatchJobRequest.builder().addRequest("x", ask("x"))
                .endpoint(BatchEndpoint.CHAT_COMPLETIONS).model(MODEL).putMetadata("team", "a").build());
        simulator.clock().advance(Duration.ofSeconds(5));
        BatchJob second = client.batch().create(BatchJobRequest.builder().addRequest("y", ask("y"))
                .endpoint(BatchEndpoint.CHAT_COMPLETIONS).putMetadata("team", "b").build());
        simulator.clock().advance(Duration.ofSeconds(7));
        // the first is running now, the second still queued

        assertThat(client.batch().list().items()).extracting(BatchJob::id).containsExactly(second.id(), first.id());
        assertThat(client.batch().list(BatchJobListRequest.builder().orderBy(BatchJobOrder.CREATED).build())
                .items()).extracting(BatchJob::id).containsExactly(first.id(), second.id());
        assertThat(client.batch().list(BatchJobListRequest.builder().model(MODEL).build()).items())
                .extracting(BatchJob::id).containsExactly(first.id());
        assertThat(client.batch().list(BatchJobListRequest.builder().metadata(Map.of("team", "b")).build())
                .items()).extracting(BatchJob::id).containsExactly(second.id());
        assertThat(client.batch().list(BatchJobListRequest.builder()
                .statuses(BatchJobStatus.RUNNING, BatchJobStatus.SUCCESS).build()).items())
                .extracting(BatchJob::id).containsExactly(first.id());
        assertThat(client.batch().list(BatchJobListRequest.builder().pageSize(1).build()).stream()).hasSize(2);
    }

    @Test
    void inputFilesMustExistAndBeBatchFiles() {
        assertThatThrownBy(() -> client.batch().create(BatchJobRequest.builder()
                .addInputFile("00000000-0000-4000-8000-000000000000").endpoint(BatchEndpoint.CHAT_COMPLETIONS)
                .build())).isInstanceOf(NotFoundException.class);
        byte[] line = "{}\n".getBytes(StandardCharsets.UTF_8);
        FileInfo training = client.files().upload(FileUploadRequest.builder()
                .file(new java.io.ByteArrayInputStream(line), "t.jsonl", line.length)
                .purpose(FilePurpose.FINE_TUNE).build());
        assertThatThrownBy(() -> client.batch().create(BatchJobRequest.builder().addInputFile(training.id())
                .endpoint(BatchEndpoint.CHAT_COMPLETIONS).build())).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("purpose");
    }

    @Test
    void anEndpointTheSimulatorDoesNotServeFailsEachLine() {
        BatchJob job = client.batch().create(BatchJobRequest.builder()
                .addRequest(io.mistral4j.batch.BatchRequest.of("t", Map.of("file_url", "x")))
                .endpoint(BatchEndpoint.AUDIO_TRANSCRIPTIONS).build());
        simulator.clock().advance(Duration.ofMinutes(1));

        BatchJob done = client.batch().get(job.id());
        assertThat(done.status()).isEqualTo(BatchJobStatus.FAILED);
        assertThat(done.errors()).singleElement().satisfies(e -> assertThat(e.count()).isEqualTo(1));
        assertThat(done.outputFile()).isNull();
        assertThat(done.errorFile()).isNotNull();
    }

    private static ChatCompletionRequest ask(String question) {
        return ChatCompletionRequest.builder().model(MODEL).addUserMessage(question).maxTokens(30).build();
    }
}
