package io.mistral4j.impl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.batch.BatchEndpoint;
import io.mistral4j.batch.BatchJob;
import io.mistral4j.batch.BatchJobListRequest;
import io.mistral4j.batch.BatchJobOrder;
import io.mistral4j.batch.BatchJobRequest;
import io.mistral4j.batch.BatchJobStatus;
import io.mistral4j.batch.BatchRequest;
import io.mistral4j.batch.BatchResult;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.pagination.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the batch service puts on the wire and how it reads spec-shaped jobs and result files. */
class BatchServiceWireTest {

    private static final String JOB_ID = "b0b0b0b0-1111-4222-8333-444455556666";
    private static final String OUT_ID = "0f0f0f0f-0000-4000-8000-000000000001";
    private static final String ERR_ID = "0f0f0f0f-0000-4000-8000-000000000002";
    /** A BatchJobOut built from the spec's schema. */
    private static final String JOB = "{\"id\":\"" + JOB_ID + "\",\"object\":\"batch\",\"input_files\":[],"
            + "\"metadata\":{\"team\":\"search\"},\"endpoint\":\"/v1/chat/completions\",\"model\":\"mistral-small-latest\","
            + "\"agent_id\":null,\"output_file\":\"" + OUT_ID + "\",\"error_file\":\"" + ERR_ID + "\","
            + "\"errors\":[{\"message\":\"Field required\",\"count\":1}],\"outputs\":null,\"status\":\"SUCCESS\","
            + "\"created_at\":1,\"total_requests\":2,\"completed_requests\":2,\"succeeded_requests\":1,"
            + "\"failed_requests\":1,\"started_at\":2,\"completed_at\":3}";
    private static final String ANSWER = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Paris\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,"
            + "\"completion_tokens\":1,\"total_tokens\":4}}";

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-batch-wire")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void createSendsInputFilesAndTheJobSettings() {
        transport.answer(200, JOB);

        BatchJob job = client.batch().create(BatchJobRequest.builder().addInputFile(OUT_ID)
                .endpoint(BatchEndpoint.EMBEDDINGS).model("mistral-embed").putMetadata("team", "search")
                .timeoutHours(6).build());

        assertThat(transport.requests().get(0).method()).isEqualTo("POST");
        assertThat(transport.requests().get(0).uri()).hasToString("https://api.example.test/v1/batch/jobs");
        assertThat(JsonParser.parseString(transport.body(0))).isEqualTo(JsonParser.parseString(
                "{\"input_files\":[\"" + OUT_ID + "\"],\"endpoint\":\"/v1/embeddings\",\"model\":\"mistral-embed\","
                        + "\"metadata\":{\"team\":\"search\"},\"timeout_hours\":6}"));
        assertThat(observer.calls().get(0).operation()).isEqualTo("batch.jobs.create");
        assertThat(job.status()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(job.isTerminal()).isTrue();
        assertThat(job.endpoint()).isEqualTo(BatchEndpoint.CHAT_COMPLETIONS);
        assertThat(job.metadata()).containsEntry("team", "search");
        assertThat(job.errors().get(0).count()).isEqualTo(1);
        assertThat(job.outputs()).isNull();
    }

    @Test
    void inlineRequestsCarryTheirBodiesAsTheEndpointExpects() {
        transport.answer(200, JOB);

        client.batch().create(BatchJobRequest.builder()
                .addRequest("q1", ChatCompletionRequest.builder().model("mistral-small-latest")
                        .addUserMessage("Capital of France?").maxTokens(5).build())
                .addRequest(BatchRequest.of(null, Map.of("input", "text")))
                .endpoint(BatchEndpoint.CHAT_COMPLETIONS).build());

        assertThat(JsonParser.parseString(transport.body(0))).isEqualTo(JsonParser.parseString(
                "{\"requests\":[{\"custom_id\":\"q1\",\"body\":{\"model\":\"mistral-small-latest\","
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Capital of France?\"}],\"max_tokens\":5}},"
                        + "{\"body\":{\"input\":\"text\"}}],\"endpoint\":\"/v1/chat/completions\"}"));
    }

    @Test
    void listSendsEveryFilterWithRepeatedStatuses() {
        transport.answer(200, "{\"data\":[" + JOB + "],\"object\":\"list\",\"total\":1}");

        Page<BatchJob> page = client.batch().list(BatchJobListRequest.builder().page(2).pageSize(5).model("m")
                .agentId("ag").metadata(Map.of("team", "search")).createdAfter(Instant.parse("2025-01-01T00:00:00Z"))
                .createdByMe(false).statuses(BatchJobStatus.RUNNING, BatchJobStatus.QUEUED)
                .orderBy(BatchJobOrder.CREATED).build());

        assertThat(transport.requests().get(0).uri()).hasToString("https://api.example.test/v1/batch/jobs?page=2"
                + "&page_size=5&model=m&agent_id=ag&metadata=%7B%22team%22%3A%22search%22%7D"
                + "&created_after=2025-01-01T00%3A00%3A00Z&created_by_me=false&order_by=created"
                + "&status=RUNNING&status=QUEUED");
        assertThat(page.items()).hasSize(1);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(observer.calls().get(0).operation()).isEqualTo("batch.jobs.list");
    }

    @Test
    void getAsksForInlineOutputsOnlyWhenToldCancelPostsAndDeleteDeletes() {
        transport.answer(200, JOB).answer(200, JOB.replace("\"outputs\":null",
                "\"outputs\":[{\"custom_id\":\"q1\",\"response\":{\"status_code\":200}}]")).answer(200, JOB)
                .answer(200, "{\"id\":\"" + JOB_ID + "\",\"object\":\"batch\",\"deleted\":true}");

        client.batch().get(JOB_ID);
        BatchJob inline = client.batch().get(JOB_ID, true);
        client.batch().cancel(JOB_ID);
        assertThat(client.batch().delete(JOB_ID).deleted()).isTrue();

        assertThat(transport.requests()).extracting(r -> r.method() + " " + r.uri().getRawPath()
                + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery())).containsExactly(
                "GET /v1/batch/jobs/" + JOB_ID,
                "GET /v1/batch/jobs/" + JOB_ID + "?inline=true",
                "POST /v1/batch/jobs/" + JOB_ID + "/cancel",
                "DELETE /v1/batch/jobs/" + JOB_ID);
        assertThat(inline.outputs()).singleElement().satisfies(o -> assertThat(o).containsEntry("custom_id", "q1"));
    }

    @Test
    void resultsReadTheOutputFileThenTheErrorFileEachWhenReached() {
        transport.answer(200, "{\"id\":\"b-0\",\"custom_id\":\"q1\",\"response\":{\"status_code\":200,\"body\":"
                + ANSWER + "},\"error\":null}\n")
                .answer(200, "{\"id\":\"b-1\",\"custom_id\":\"q2\",\"response\":{\"status_code\":422,\"body\":"
                        + "{\"detail\":[]}},\"error\":{\"message\":\"Field required\",\"code\":\"3001\"}}\n");
        BatchJob job = new BatchJob(JOB_ID, "batch", List.of(), Map.of(), BatchEndpoint.CHAT_COMPLETIONS,
                "mistral-small-latest", null, OUT_ID, ERR_ID, List.of(), null, BatchJobStatus.SUCCESS, 1, 2, 2, 1, 1,
                2L, 3L);

        try (BatchResults<ChatCompletionResponse> results = client.batch().chatResults(job)) {
            Iterator<BatchResult<ChatCompletionResponse>> it = results.iterator();
            assertThat(transport.requests()).as("nothing fetched before iterating").isEmpty();
            BatchResult<ChatCompletionResponse> first = it.next();
            assertThat(first.isSuccess()).isTrue();
            assertThat(first.response().text()).isEqualTo("Paris");
            assertThat(transport.requests()).hasSize(1);
            BatchResult<ChatCompletionResponse> second = it.next();
            assertThat(second.isSuccess()).isFalse();
            assertThat(second.statusCode()).isEqualTo(422);
            assertThat(second.error().code()).isEqualTo("3001");
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(transport.requests()).extracting(r -> r.uri().getRawPath()).containsExactly(
                "/v1/files/" + OUT_ID + "/content", "/v1/files/" + ERR_ID + "/content");
    }

    @Test
    void aViewsOptionsGoWithEveryPollItsResultFilesAndItsRawView() throws Exception {
        String running = JOB.replace("\"status\":\"SUCCESS\"", "\"status\":\"RUNNING\"");
        transport.answer(200, running).answer(200, JOB).answer(200, running).answer(200, JOB).answer(200, JOB)
                .answer(200, "").answer(200, "").answer(200, JOB).answer(200, JOB);
        var view = client.batch().withOptions(RequestOptions.builder().header("X-Call", "7").build());
        AwaitOptions<BatchJob> await = AwaitOptions.<BatchJob>builder().timeout(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(1)).build();

        assertThat(view.awaitCompletion(JOB_ID, await).status()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(view.awaitCompletionAsync(JOB_ID, await).get(20, java.util.concurrent.TimeUnit.SECONDS).status())
                .isEqualTo(BatchJobStatus.SUCCESS);
        try (BatchResults<ChatCompletionResponse> results = view.chatResults(client.batch().get(JOB_ID))) {
            assertThat(results.iterator().hasNext()).isFalse();
        }
        assertThat(view.withRawResponse().withOptions(RequestOptions.builder().header("X-Other", "8").build())
                .get(JOB_ID).statusCode()).isEqualTo(200);

        assertThat(transport.requests()).extracting(r -> r.headers().first("X-Call").orElse("none")).containsExactly(
                "7", "7", "7", "7", "none", "7", "7", "7");
        assertThat(transport.requests().get(7).headers().first("X-Other")).contains("8");
        assertThat(client.batch().withRawResponse().get(JOB_ID).statusCode()).isEqualTo(200);
    }
}
