package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatService;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.FileListRequest;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.FilesService;
import io.mistral4j.files.UploadContent;
import io.mistral4j.pagination.Page;
import io.mistral4j.files.FileInfo;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code withOptions} views: their options reach the server on every call made through them, and only there. */
class WithOptionsViewsIntegrationTest {

    private static MistralSimulator simulator;
    private static MistralClient client;

    @BeforeAll
    static void start() {
        simulator = MistralSimulator.start();
        client = MistralClient.builder().apiKey("sk-views").baseUrl(simulator.baseUrl()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @BeforeEach
    void forget() {
        simulator.clearRequests();
    }

    private static ChatCompletionRequest ask() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Say hello").build();
    }

    private static RequestOptions header(String name, String value) {
        return RequestOptions.builder().header(name, value).build();
    }

    @Test
    void aViewsOptionsGoWithEveryFormOfEveryCallMadeThroughIt() throws Exception {
        ChatService tenant = client.chat().withOptions(header("X-Tenant", "acme"));

        tenant.complete(ask());
        tenant.completeAsync(ask()).get();
        try (var stream = tenant.stream(ask())) {
            stream.forEachRemaining(chunk -> { });
        }
        tenant.withRawResponse().complete(ask());

        assertThat(simulator.requests()).hasSize(4)
                .allSatisfy(sent -> assertThat(sent.header("X-Tenant")).isEqualTo("acme"));
    }

    @Test
    void theServiceAViewWasMadeFromIsUnchanged() {
        client.chat().withOptions(header("X-Tenant", "acme"));

        client.chat().complete(ask());

        assertThat(simulator.requests().get(0).header("X-Tenant")).isNull();
    }

    @Test
    void viewsComposeTheLaterOptionsWinning() {
        ChatService both = client.chat().withOptions(header("X-Tenant", "acme"))
                .withOptions(RequestOptions.builder().header("X-Trace", "t-2").queryParameter("beta", "1").build())
                .withOptions(header("X-Tenant", "globex"));

        both.complete(ask());

        RecordedRequest sent = simulator.requests().get(0);
        assertThat(sent.header("X-Tenant")).isEqualTo("globex");
        assertThat(sent.header("X-Trace")).isEqualTo("t-2");
        assertThat(sent.query()).isEqualTo("beta=1");
    }

    @Test
    void theRawViewTakesOptionsToo() {
        ApiResponse<ChatCompletionResponse> answer = client.chat().withRawResponse()
                .withOptions(header("X-Tenant", "acme")).complete(ask());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(simulator.requests().get(0).header("X-Tenant")).isEqualTo("acme");
    }

    @Test
    void theFollowingPagesOfAListAreFetchedWithTheViewsOptions() {
        FilesService files = client.files();
        for (int i = 0; i < 3; i++) {
            files.upload(FileUploadRequest.builder().file(UploadContent.of(
                    ("{\"n\":" + i + "}\n").getBytes(StandardCharsets.UTF_8), "views-" + i + ".jsonl")).build());
        }
        simulator.clearRequests();

        Page<FileInfo> first = files.withOptions(header("X-Tenant", "acme"))
                .list(FileListRequest.builder().pageSize(1).build());
        List<FileInfo> all = first.stream().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(simulator.requests()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(sent -> assertThat(sent.header("X-Tenant")).isEqualTo("acme"));
    }

    @Test
    void aNullOptionsIsRefusedNamingIt() {
        assertThatThrownBy(() -> client.chat().withOptions(null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("options");
    }
}
