package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.errors.ClientClosedException;
import io.mistral4j.files.FileDownload;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.finetuning.FineTuningJob;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.Hyperparameters;
import io.mistral4j.finetuning.TrainingDataWriter;
import io.mistral4j.impl.transport.jdk.JdkHttpTransportProvider;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client does for its caller around calls: says which transport it uses, releases the
 * connection of a stream dropped without close, and ends job waits when it is closed.
 */
class ClientLifecycleIntegrationTest {

    private static final String KEY = "sk-lifecycle-1a2b3c4d";
    private static final ChatCompletionRequest ASK = ChatCompletionRequest.builder().model("mistral-small-latest")
            .addUserMessage("Tell me about lighthouses").build();

    private MistralSimulator simulator;
    private MistralClient client;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).clock(SimulatedClock.frozen()).start();
        // one connection; deadlines far beyond the test, so that only leak detection can free it
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).maxConnections(1)
                .callTimeout(Duration.ofMinutes(5)).streamIdleTimeout(Duration.ofMinutes(5)).build();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void theClientNamesItsTransport() {
        assertThat(client.transportName()).isEqualTo(JdkHttpTransportProvider.NAME);

        HttpTransport own = new JdkHttpTransportProvider().create(TransportConfig.defaults());
        try (MistralClient custom = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).transport(own)
                .build()) {
            assertThat(custom.transportName()).isEqualTo(own.getClass().getName());
        }
    }

    @Test
    void aChatStreamDroppedWithoutCloseReleasesItsConnection() throws Exception {
        openAndDropStream();

        assertThat(completeWhileCollectingGarbage()).isNotBlank();
    }

    @Test
    void aDownloadDroppedWithoutCloseReleasesItsConnection() throws Exception {
        byte[] content = new byte[2_000_000];
        new Random(7).nextBytes(content);
        FileInfo file = client.files().upload(FileUploadRequest.builder()
                .file(new ByteArrayInputStream(content), "blob.bin", content.length).purpose(FilePurpose.OCR).build());
        openAndDropDownload(file.id());

        assertThat(completeWhileCollectingGarbage()).isNotBlank();
    }

    @Test
    void closingTheClientEndsAnAsynchronousWaitForAJob() throws Exception {
        FineTuningJob job = createJob();
        CompletableFuture<FineTuningJob> waiting = client.fineTuning().awaitCompletionAsync(job.id(),
                AwaitOptions.<FineTuningJob>builder().timeout(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(30))
                        .build());

        client.close();

        assertThat(waiting).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(ClientClosedException.class);
    }

    @Test
    void closingTheClientEndsABlockingWaitForAJob() throws Exception {
        FineTuningJob job = createJob();
        CompletableFuture<FineTuningJob> waiting = CompletableFuture.supplyAsync(() -> client.fineTuning()
                .awaitCompletion(job.id(), AwaitOptions.<FineTuningJob>builder().timeout(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofSeconds(30)).onProgress(polled -> client.close()).build()));

        assertThat(waiting).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .withCauseInstanceOf(ClientClosedException.class)
                .withMessageContaining(job.id());
        assertThatThrownBy(waiting::join).hasCauseInstanceOf(ClientClosedException.class);
    }

    /** Opens a stream, reads one event and forgets it: nothing refers to it after this method. */
    private void openAndDropStream() {
        ChatCompletionStream stream = client.chat().stream(ASK);
        assertThat(stream.hasNext()).isTrue();
        stream.next();
    }

    private void openAndDropDownload(String fileId) throws IOException {
        FileDownload download = client.files().downloadStream(fileId);
        assertThat(download.body().read(new byte[1024])).isPositive();
    }

    /** A call that needs the only connection, while the collector is asked to find what holds it. */
    private String completeWhileCollectingGarbage() throws Exception {
        CompletableFuture<ChatCompletionResponse> answer = client.chat().completeAsync(ASK);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!answer.isDone() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(answer).as("the second call got the connection").isDone();
        return answer.get().text();
    }

    private FineTuningJob createJob() {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (TrainingDataWriter writer = client.fineTuning().trainingDataWriter(lines)) {
            writer.writeConversation(List.of(UserMessage.of("How do I reset my password?"),
                    AssistantMessage.of("Open Settings, then Security, then Reset.")));
        }
        FileInfo data = client.files().upload(FileUploadRequest.builder().file(new ByteArrayInputStream(
                lines.toByteArray()), "train.jsonl", lines.size()).purpose(FilePurpose.FINE_TUNE).build());
        return client.fineTuning().create(FineTuningJobRequest.builder().model("mistral-small-latest")
                .addTrainingFile(data.id()).hyperparameters(Hyperparameters.builder().build()).build());
    }
}
