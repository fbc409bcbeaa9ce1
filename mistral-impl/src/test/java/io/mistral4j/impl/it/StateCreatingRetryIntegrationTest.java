package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.ConflictException;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.UploadContent;
import io.mistral4j.finetuning.FineTuningJob;
import io.mistral4j.finetuning.FineTuningJobRequest;
import io.mistral4j.finetuning.Hyperparameters;
import io.mistral4j.impl.TestClients;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.impl.testing.RetryRecorder;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls that create state, over real sockets: sent once whenever the server may have acted on
 * them, sent again when it provably did not, and retried like reads only when the caller opts
 * in. The last exception says how many attempts were made and what failed before.
 */
class StateCreatingRetryIntegrationTest {

    private static final String JOBS = "POST /v1/fine_tuning/jobs";
    private static final String FILES = "POST /v1/files";
    private static final String CHAT = "POST /v1/chat/completions";
    private static final RetryPolicy RETRY = RetryPolicy.builder().maxAttempts(3).jitter(0).build();

    private MistralSimulator simulator;
    private final FakeTiming timing = new FakeTiming();
    private final RetryRecorder retries = new RetryRecorder();
    private MistralClient client;
    private String trainingFile;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.start();
        client = client(simulator.baseUrl(), retries);
        trainingFile = upload().id();
        simulator.resetCallCounts();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private MistralClient client(String baseUrl, CallObserver observer) {
        return TestClients.build(MistralClient.builder().apiKey("sk-state").baseUrl(baseUrl).retry(RETRY)
                .circuitBreaker(CircuitBreakerPolicy.disabled()).responseTimeout(Duration.ofSeconds(2))
                .addObserver(observer), timing);
    }

    private FineTuningJob createJob(RequestOptions options) {
        return client.fineTuning().withOptions(options).create(FineTuningJobRequest.builder()
                .model("mistral-small-latest")
                .addTrainingFile(trainingFile)
                .hyperparameters(Hyperparameters.builder().trainingSteps(2).build()).build());
    }

    private FileInfo upload() {
        return client.files().upload(FileUploadRequest.builder()
                .file(UploadContent.of("{\"messages\":[]}\n".getBytes(StandardCharsets.UTF_8), "train.jsonl"))
                .purpose(FilePurpose.FINE_TUNE).build());
    }

    @Test
    void aJobCreationIsSentOnceOnA503() {
        simulator.faults().on(JOBS).always(Fault.status(503));

        assertThatThrownBy(() -> createJob(RequestOptions.none())).isInstanceOf(InternalServerException.class)
                .satisfies(e -> assertThat(((MistralException) e).attempts()).isEqualTo(1));
        assertThat(simulator.attempts(JOBS)).isEqualTo(1);
        assertThat(retries.retries()).isEmpty();
    }

    @Test
    void aJobCreationIsSentOnceOnA409EvenWhenTheCallerOptsIn() {
        simulator.faults().on(JOBS).always(Fault.status(409));

        assertThatThrownBy(() -> createJob(RequestOptions.none())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> createJob(RequestOptions.builder().retryStateCreating(true).build()))
                .isInstanceOf(ConflictException.class);
        assertThat(simulator.attempts(JOBS)).isEqualTo(2);
        assertThat(retries.retries()).isEmpty();
    }

    @Test
    void aJobCreationIsSentOnceWhenTheConnectionDropsAfterTheServerReadIt() {
        simulator.faults().on(JOBS).always(Fault.resetBeforeResponse());

        assertThatThrownBy(() -> createJob(RequestOptions.none())).isInstanceOf(MistralConnectionException.class);
        assertThat(simulator.attempts(JOBS)).isEqualTo(1);
    }

    @Test
    void aJobCreationIsSentOnceOnAResponseTimeout() {
        simulator.faults().on(JOBS).always(Fault.latency(Duration.ofSeconds(4)));

        assertThatThrownBy(() -> createJob(RequestOptions.none())).isInstanceOf(MistralTimeoutException.class)
                .satisfies(e -> assertThat(((MistralTimeoutException) e).kind())
                        .isEqualTo(MistralTimeoutException.Kind.RESPONSE));
        assertThat(simulator.attempts(JOBS)).isEqualTo(1);
    }

    @Test
    void anUploadIsSentOnceOnServerFailures() {
        simulator.faults().on(FILES).call(1, Fault.status(500)).call(2, Fault.status(503));

        assertThatThrownBy(this::upload).isInstanceOf(InternalServerException.class);
        assertThatThrownBy(this::upload).isInstanceOf(InternalServerException.class);
        assertThat(simulator.attempts(FILES)).isEqualTo(2);
    }

    @Test
    void stateCreatingCallsAreSentAgainAfterA429() {
        simulator.faults().on(JOBS).call(1, Fault.rateLimited("1"));
        simulator.faults().on(FILES).call(1, Fault.rateLimited("2"));

        assertThat(createJob(RequestOptions.none()).id()).isNotBlank();
        assertThat(upload().id()).isNotBlank();
        assertThat(simulator.attempts(JOBS)).isEqualTo(2);
        assertThat(simulator.attempts(FILES)).isEqualTo(2);
        assertThat(timing.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void optingInRetriesAJobCreationOnA503() {
        simulator.faults().on(JOBS).call(1, Fault.status(503));

        assertThat(createJob(RequestOptions.builder().retryStateCreating(true).build()).id()).isNotBlank();
        assertThat(simulator.attempts(JOBS)).isEqualTo(2);
    }

    @Test
    void chatIsStillRetriedOnA503() {
        simulator.faults().on(CHAT).calls(1, 2, Fault.status(503));

        assertThat(client.chat().complete(ask()).text()).isNotBlank();
        assertThat(simulator.attempts(CHAT)).isEqualTo(3);
    }

    @Test
    void stateCreatingCallsAreSentAgainWhenTheFirstConnectionIsRefused() throws IOException {
        int port = freePort();
        MistralSimulator[] late = new MistralSimulator[1];
        // Nothing listens on the port for the first attempt; the server starts before the second.
        CallObserver startServerOnRetry = call -> new CallListener() {
            @Override
            public void onRetry(int attempt, Throwable cause, Duration delay) {
                if (late[0] == null) {
                    late[0] = MistralSimulator.builder().port(port).start();
                }
            }
        };
        try (MistralClient refusedFirst = client("http://127.0.0.1:" + port, startServerOnRetry)) {
            FileInfo file = refusedFirst.files().upload(FileUploadRequest.builder()
                    .file(UploadContent.of("{}\n".getBytes(StandardCharsets.UTF_8), "train.jsonl")).build());

            assertThat(file.id()).isNotBlank();
            assertThat(late[0].attempts(FILES)).isEqualTo(1);
            assertThat(timing.waits()).hasSize(1);
        } finally {
            if (late[0] != null) {
                late[0].close();
            }
        }
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceWithTheWholeWait() {
        simulator.faults().on(JOBS).always(Fault.rateLimited("3600"));
        simulator.faults().on(CHAT).always(Fault.rateLimited("3600"));

        Throwable job = catchThrowable(() -> createJob(RequestOptions.none()));
        Throwable chat = catchThrowable(() -> client.chat().complete(ask()));

        for (Throwable failure : new Throwable[] {job, chat}) {
            assertThat(failure).isInstanceOf(RateLimitException.class);
            assertThat(((RateLimitException) failure).retryAfter()).contains(Duration.ofHours(1));
        }
        assertThat(simulator.attempts(JOBS)).isEqualTo(1);
        assertThat(simulator.attempts(CHAT)).isEqualTo(1);
        assertThat(timing.waits()).isEmpty();
    }

    @Test
    void theLastExceptionCountsTheAttemptsAndCarriesTheEarlierFailures() throws Exception {
        simulator.faults().on(CHAT).call(1, Fault.status(503)).call(2, Fault.resetBeforeResponse())
                .call(3, Fault.status(502)).call(4, Fault.status(503)).call(5, Fault.resetBeforeResponse())
                .call(6, Fault.status(502));

        Throwable sync = catchThrowable(() -> client.chat().complete(ask()));
        Throwable async = catchThrowable(() -> client.chat().completeAsync(ask()).get(10, TimeUnit.SECONDS));

        assertThat(async).isInstanceOf(ExecutionException.class);
        for (Throwable failure : new Throwable[] {sync, async.getCause()}) {
            assertThat(failure).isInstanceOf(InternalServerException.class)
                    .hasMessageContaining("status 502").hasMessageEndingWith("(after 3 attempts)");
            assertThat(((MistralServiceException) failure).attempts()).isEqualTo(3);
            assertThat(failure.getSuppressed()).hasSize(2);
            assertThat(failure.getSuppressed()[0]).isInstanceOf(InternalServerException.class)
                    .hasMessageContaining("503");
            assertThat(failure.getSuppressed()[1]).isInstanceOf(MistralConnectionException.class)
                    .hasCauseInstanceOf(IOException.class);
        }
        assertThat(simulator.attempts(CHAT)).isEqualTo(6);
    }

    private static ChatCompletionRequest ask() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Say hello").build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
