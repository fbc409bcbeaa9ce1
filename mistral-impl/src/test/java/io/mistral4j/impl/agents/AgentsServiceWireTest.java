package io.mistral4j.impl.agents;

import static io.mistral4j.impl.agents.AgentFixtures.agent;
import static io.mistral4j.impl.agents.AgentFixtures.alias;
import static io.mistral4j.impl.agents.AgentFixtures.array;
import static io.mistral4j.impl.agents.AgentFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentAlias;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentListRequest;
import io.mistral4j.agents.AgentTool;
import io.mistral4j.agents.AgentUpdateRequest;
import io.mistral4j.agents.AgentVersionListRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.agents.ConnectorAuthType;
import io.mistral4j.agents.ConnectorTool;
import io.mistral4j.agents.DocumentLibraryTool;
import io.mistral4j.agents.FunctionTool;
import io.mistral4j.agents.RequestSource;
import io.mistral4j.agents.UnknownAgentTool;
import io.mistral4j.agents.WebSearchTool;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ToolChoiceMode;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.pagination.Page;
import io.mistral4j.spi.TransportRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each agents operation puts on the wire and how it reads spec-shaped answers, over a fake transport. */
class AgentsServiceWireTest {

    private static final String KEY = "sk-agents-wire-7c6b5a4d";
    private static final String BASE = "https://api.example.test";

    private final FakeTransport transport = new FakeTransport();
    private final MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(BASE)
            .defaultHeader("X-Team", "search").transport(transport).build();

    @AfterEach
    void close() {
        client.close();
    }

    private TransportRequest sent(int index) {
        return transport.requests().get(index);
    }

    private JsonObject sentJson(int index) {
        return JsonParser.parseString(transport.body(index)).getAsJsonObject();
    }

    // --- create ----------------------------------------------------------------------------------

    @Test
    void createPostsTheAgentInSnakeCaseWithToolTypesFirst() {
        transport.answer(200, agent("ag_1"), "mistral-correlation-id", "req-create");

        RequestOptions options = RequestOptions.builder().header("X-Call", "7").timeout(Duration.ofSeconds(9)).build();
        Agent agent = client.agents().withOptions(options).create(AgentCreationRequest.builder()
                .model("mistral-medium-latest").name("pirate").instructions("Answer like a pirate.")
                .addTool(AgentTool.function("get_weather", "Weather", Map.of("type", "object")))
                .addTool(AgentTool.webSearch())
                .addTool(AgentTool.documentLibrary("lib-1"))
                .completionArgs(CompletionArgs.builder().temperature(0.3).toolChoice(ToolChoiceMode.AUTO).build())
                .handoffs(List.of("ag_other")).metadata(Map.of("team", "search")).versionMessage("first")
                .build());

        TransportRequest request = sent(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).hasToString(BASE + "/v1/agents");
        assertThat(request.headers().first("Authorization")).contains("Bearer " + KEY);
        assertThat(request.headers().first("Content-Type")).contains("application/json");
        assertThat(request.headers().first("Accept")).contains("application/json");
        assertThat(request.headers().first("X-Team")).contains("search");
        assertThat(request.headers().first("X-Call")).contains("7");
        assertThat(request.responseTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(transport.body(0)).isEqualTo("{\"instructions\":\"Answer like a pirate.\","
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Weather\","
                + "\"parameters\":{\"type\":\"object\"}}},{\"type\":\"web_search\"},"
                + "{\"type\":\"document_library\",\"library_ids\":[\"lib-1\"]}],"
                + "\"completion_args\":{\"temperature\":0.3,\"tool_choice\":\"auto\"},"
                + "\"model\":\"mistral-medium-latest\",\"name\":\"pirate\",\"handoffs\":[\"ag_other\"],"
                + "\"metadata\":{\"team\":\"search\"},\"version_message\":\"first\"}");
        assertThat(agent.id()).isEqualTo("ag_1");
    }

    @Test
    void agentAnswersParseEveryToolTypeAndIgnoreUnknownFields() {
        transport.answer(200, agent("ag_1", "pirate", 3));

        Agent agent = client.agents().get("ag_1");

        assertThat(agent.object()).isEqualTo("agent");
        assertThat(agent.model()).isEqualTo("mistral-medium-latest");
        assertThat(agent.version()).isEqualTo(3);
        assertThat(agent.versions()).containsExactly(0, 3);
        assertThat(agent.createdAt()).isEqualTo(Instant.parse("2025-12-17T10:25:07.818693Z"));
        assertThat(agent.updatedAt()).isEqualTo(Instant.parse("2025-12-17T10:41:03.469341Z"));
        assertThat(agent.deploymentChat()).isFalse();
        assertThat(agent.requestSource()).contains(RequestSource.API);
        assertThat(agent.metadata()).containsEntry("team", "search").containsEntry("tier", 2L);
        assertThat(agent.tools()).hasSize(4);
        assertThat(agent.tools().get(0)).isInstanceOfSatisfying(FunctionTool.class,
                tool -> assertThat(tool.function().name()).isEqualTo("get_weather"));
        assertThat(agent.tools().get(1)).isEqualTo(new WebSearchTool(null));
        assertThat(agent.tools().get(2)).isEqualTo(new DocumentLibraryTool(List.of("lib-1"), null));
        assertThat(agent.tools().get(3)).isInstanceOfSatisfying(ConnectorTool.class, tool -> {
            assertThat(tool.connectorId()).isEqualTo("conn-1");
            assertThat(tool.authorization().type()).isEqualTo(ConnectorAuthType.API_KEY);
        });
        assertThat(agent.functionTools()).hasSize(1);
        assertThat(agent.completionArgs().stop()).as("a single stop string").containsExactly("END");
        assertThat(agent.completionArgs().toolChoice()).isEqualTo(ToolChoiceMode.AUTO);
    }

    @Test
    void unknownToolTypesRoundTripThroughAnUpdate() {
        String future = "{\"type\":\"video_search\",\"max_results\":3,\"filters\":{\"lang\":[\"fr\",\"en\"]}}";
        transport.answer(200, agent("ag_1").replace("\"tools\":[", "\"tools\":[" + future + ","));
        transport.answer(200, agent("ag_1", "pirate", 1));

        Agent agent = client.agents().get("ag_1");
        assertThat(agent.tools().get(0)).isInstanceOfSatisfying(UnknownAgentTool.class, tool -> {
            assertThat(tool.type()).isEqualTo("video_search");
            assertThat(tool.fields()).containsEntry("max_results", 3L);
        });
        client.agents().update("ag_1", AgentUpdateRequest.builder().tools(agent.tools()).build());

        JsonObject sentTool = sentJson(1).getAsJsonArray("tools").get(0).getAsJsonObject();
        assertThat(sentTool).isEqualTo(JsonParser.parseString(future));
    }

    @Test
    void naiveAndEpochTimesParse() {
        transport.answer(200, agent("ag_1").replace("\"2025-12-17T10:25:07.818693Z\"", "\"2025-12-17T10:25:07.818693\"")
                .replace("\"2025-12-17T10:41:03.469341Z\"", "1765968063"));

        Agent agent = client.agents().get("ag_1");

        assertThat(agent.createdAt()).isEqualTo(Instant.parse("2025-12-17T10:25:07.818693Z"));
        assertThat(agent.updatedAt()).isEqualTo(Instant.ofEpochSecond(1765968063));
    }

    // --- list --------------------------------------------------------------------------------------

    @Test
    void listPagesByCursorWithFiltersAndFetchesTheNextPageLazily() {
        transport.answer(200, page("tok-2", agent("ag_3"), agent("ag_2")));
        transport.answer(200, page(null, agent("ag_1")));

        Page<Agent> first = client.agents().list(AgentListRequest.builder().pageSize(2).name("pirate")
                .search("pi rate").deploymentChat(false).sources(RequestSource.API, RequestSource.PLAYGROUND)
                .metadata(Map.of("team", "search")).build());

        assertThat(transport.requests()).hasSize(1);
        assertThat(sent(0).method()).isEqualTo("GET");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/pages?page_size=2&deployment_chat=false&name=pirate"
                + "&search=pi%20rate&metadata=%7B%22team%22%3A%22search%22%7D&sources=api&sources=playground");
        assertThat(sent(0).body()).isNull();
        assertThat(first.items()).extracting(Agent::id).containsExactly("ag_3", "ag_2");
        assertThat(first.hasNextPage()).isTrue();

        List<String> all = first.stream().map(Agent::id).toList();

        assertThat(all).containsExactly("ag_3", "ag_2", "ag_1");
        assertThat(transport.requests()).hasSize(2);
        assertThat(sent(1).uri().getQuery()).contains("page_token=tok-2").contains("name=pirate")
                .contains("page_size=2");
    }

    @Test
    void anEmptyPageEndsTheCursorWalkEvenWithAToken() {
        transport.answer(200, page("tok-loop"));

        Page<Agent> page = client.agents().list();

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/pages");
    }

    @Test
    @SuppressWarnings("deprecation")
    void listByPageNumberWalksPagesUntilAShortOne() {
        transport.answer(200, array(agent("ag_4"), agent("ag_3")));
        transport.answer(200, array(agent("ag_2")));

        Page<Agent> first = client.agents().listByPageNumber(AgentListRequest.builder().page(1).pageSize(2).build());
        List<String> all = first.stream().map(Agent::id).toList();

        assertThat(all).containsExactly("ag_4", "ag_3", "ag_2");
        assertThat(transport.requests()).hasSize(2);
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents?page=1&page_size=2");
        assertThat(sent(1).uri()).hasToString(BASE + "/v1/agents?page=2&page_size=2");
    }

    @Test
    @SuppressWarnings("deprecation")
    void eachListingRefusesTheOthersStartingPoint() {
        assertThatThrownBy(() -> client.agents().list(AgentListRequest.builder().page(2).build()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("page"));
        assertThatThrownBy(() -> client.agents().listByPageNumber(AgentListRequest.builder().pageToken("t").build()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("pageToken"));
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void rawListCarriesTheFirstPagesHttpAnswer() {
        transport.answer(200, page(null, agent("ag_1")), "mistral-correlation-id", "req-list");

        ApiResponse<Page<Agent>> raw = client.agents().withRawResponse().list(AgentListRequest.all());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.requestId()).contains("req-list");
        assertThat(raw.rawBody()).contains("\"next_page_token\":null");
        assertThat(raw.value().items()).hasSize(1);
        assertThat(raw.value().hasNextPage()).isFalse();
    }

    // --- get, update, delete -----------------------------------------------------------------------

    @Test
    void getSendsTheVersionOrAliasAndEncodesTheId() {
        transport.answer(200, agent("ag_1"));
        transport.answer(200, agent("ag_1"));
        transport.answer(200, agent("ag_1"));

        client.agents().get("ag_1", 2);
        client.agents().get("ag_1", "production");
        client.agents().get("odd/id x");

        assertThat(sent(0).method()).isEqualTo("GET");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1?agent_version=2");
        assertThat(sent(1).uri()).hasToString(BASE + "/v1/agents/ag_1?agent_version=production");
        assertThat(sent(2).uri()).hasToString(BASE + "/v1/agents/odd%2Fid%20x");
    }

    @Test
    void updatePatchesOnlyTheFieldsSet() {
        transport.answer(200, agent("ag_1", "captain", 1));

        Agent updated = client.agents().update("ag_1", AgentUpdateRequest.builder().name("captain")
                .deploymentChat(true).versionMessage("promoted").build());

        assertThat(sent(0).method()).isEqualTo("PATCH");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1");
        assertThat(transport.body(0)).isEqualTo(
                "{\"name\":\"captain\",\"deployment_chat\":true,\"version_message\":\"promoted\"}");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.name()).isEqualTo("captain");
    }

    @Test
    void deleteExpectsNoContent() {
        transport.answer(204, "", "mistral-correlation-id", "req-del");

        ApiResponse<Void> raw = client.agents().withRawResponse().delete("ag_1");

        assertThat(sent(0).method()).isEqualTo("DELETE");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1");
        assertThat(sent(0).body()).isNull();
        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.value()).isNull();
        assertThat(raw.requestId()).contains("req-del");
    }

    @Test
    void aMissingAgentIsATypedNotFound() {
        transport.answer(404, "{\"object\":\"error\",\"message\":\"Agent not found: ag_9\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":null}");

        assertThatThrownBy(() -> client.agents().delete("ag_9"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Agent not found: ag_9")
                .hasMessageContaining("DELETE /v1/agents/ag_9");
    }

    @Test
    void validationErrorsOfTheServerAreTyped() {
        transport.answer(422, "{\"detail\":[{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"colour\"],"
                + "\"msg\":\"Extra inputs are not permitted\",\"input\":\"blue\"}]}");

        assertThatThrownBy(() -> client.agents().create(AgentCreationRequest.builder().model("m").name("n").build()))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("body.colour: Extra inputs are not permitted");
    }

    // --- versions and aliases ---------------------------------------------------------------------

    @Test
    void switchVersionPatchesTheVersionInTheQuery() {
        transport.answer(200, agent("ag_1", "pirate", 0));

        Agent agent = client.agents().switchVersion("ag_1", 0);

        assertThat(sent(0).method()).isEqualTo("PATCH");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1/version?version=0");
        assertThat(sent(0).body()).isNull();
        assertThat(agent.version()).isZero();
    }

    @Test
    void listVersionsPagesByNumber() {
        transport.answer(200, array(agent("ag_1", "v2", 2), agent("ag_1", "v1", 1)));
        transport.answer(200, array());

        Page<Agent> first = client.agents().listVersions("ag_1", AgentVersionListRequest.builder().pageSize(2).build());

        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1/versions?page_size=2");
        assertThat(first.stream().map(Agent::version).toList()).containsExactly(2, 1);
        assertThat(sent(1).uri()).hasToString(BASE + "/v1/agents/ag_1/versions?page=1&page_size=2");
    }

    @Test
    void getVersionPutsTheNumberInThePath() {
        transport.answer(200, agent("ag_1", "pirate", 3));

        assertThat(client.agents().getVersion("ag_1", 3).version()).isEqualTo(3);
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1/versions/3");
    }

    @Test
    void aliasesArePutListedAndDeletedThroughTheQuery() {
        transport.answer(200, alias("production", 1));
        transport.answer(200, array(alias("production", 1), alias("canary", 2)));
        transport.answer(204, "");

        AgentAlias set = client.agents().createOrUpdateAlias("ag_1", "production", 1);
        List<AgentAlias> listed = client.agents().listAliases("ag_1");
        client.agents().deleteAlias("ag_1", "canary");

        assertThat(sent(0).method()).isEqualTo("PUT");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/ag_1/aliases?alias=production&version=1");
        assertThat(set).isEqualTo(new AgentAlias("production", 1, Instant.parse("2025-12-17T10:25:07.818693Z"),
                Instant.parse("2025-12-18T08:00:00.000001Z")));
        assertThat(sent(1).method()).isEqualTo("GET");
        assertThat(sent(1).uri()).hasToString(BASE + "/v1/agents/ag_1/aliases");
        assertThat(listed).extracting(AgentAlias::alias).containsExactly("production", "canary");
        assertThat(sent(2).method()).isEqualTo("DELETE");
        assertThat(sent(2).uri()).hasToString(BASE + "/v1/agents/ag_1/aliases?alias=canary");
    }

    @Test
    void badPathArgumentsAreRefusedBeforeSending() {
        assertRefused(() -> client.agents().get(" "), "agentId");
        assertRefused(() -> client.agents().delete(null), "agentId");
        assertRefused(() -> client.agents().get("ag_1", ""), "agentVersion");
        assertRefused(() -> client.agents().switchVersion("ag_1", -1), "version");
        assertRefused(() -> client.agents().getVersion("ag_1", -2), "version");
        assertRefused(() -> client.agents().createOrUpdateAlias("ag_1", "Prod", 1), "alias");
        assertRefused(() -> client.agents().createOrUpdateAlias("ag_1", "a".repeat(65), 1), "alias");
        assertRefused(() -> client.agents().deleteAlias("ag_1", "ends-"), "alias");
        assertRefused(() -> client.agents().update("ag_1", null), "request");
        assertThat(transport.requests()).isEmpty();
        assertThatThrownBy(() -> client.agents().getAsync(" ").join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    // --- completions ------------------------------------------------------------------------------

    private static AgentsCompletionRequest ask() {
        return AgentsCompletionRequest.builder().agentId("ag_1").addUserMessage("Who painted the Mona Lisa?")
                .maxTokens(64).build();
    }

    @Test
    void completionPostsAgentIdAndMessagesWithoutStream() {
        transport.answer(200, AgentFixtures.COMPLETION, "mistral-correlation-id", "req-c");

        ApiResponse<ChatCompletionResponse> raw = client.agents().withRawResponse().complete(ask());

        assertThat(sent(0).method()).isEqualTo("POST");
        assertThat(sent(0).uri()).hasToString(BASE + "/v1/agents/completions");
        assertThat(sent(0).headers().first("Accept")).contains("application/json");
        assertThat(transport.body(0)).isEqualTo("{\"max_tokens\":64,\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Who painted the Mona Lisa?\"}],\"agent_id\":\"ag_1\"}");
        assertThat(raw.value().text()).isEqualTo("Arrr, Leonardo!");
        assertThat(raw.value().usage().totalTokens()).isEqualTo(28);
        assertThat(raw.requestId()).contains("req-c");
    }

    @Test
    void completionStreamsAskForEventsAndAccumulate() {
        transport.answer(200, "data: {\"id\":\"c\",\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"role\":\"assistant\",\"content\":\"Arrr\"},\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"c\",\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\", matey\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,"
                + "\"completion_tokens\":3,\"total_tokens\":12}}\n\n"
                + "data: [DONE]\n\n", "Content-Type", "text/event-stream");

        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = client.agents().stream(ask())) {
            assertThat(stream.stream().map(chunk -> chunk.text()).toList()).containsExactly("Arrr", ", matey");
            folded = stream.accumulated();
        }

        assertThat(sent(0).streaming()).isTrue();
        assertThat(sent(0).headers().first("Accept")).contains("text/event-stream");
        assertThat(sentJson(0).get("stream").getAsBoolean()).isTrue();
        assertThat(sentJson(0).get("agent_id").getAsString()).isEqualTo("ag_1");
        assertThat(folded.text()).isEqualTo("Arrr, matey");
        assertThat(folded.usage().totalTokens()).isEqualTo(12);
    }

    @Test
    void asyncOperationsComplete() {
        transport.answer(200, AgentFixtures.COMPLETION);
        transport.answer(200, agent("ag_1"));
        transport.answer(204, "");

        assertThat(client.agents().completeAsync(ask()).join().text()).isEqualTo("Arrr, Leonardo!");
        assertThat(client.agents().createAsync(AgentCreationRequest.builder().model("m").name("n").build()).join()
                .id()).isEqualTo("ag_1");
        assertThat(client.agents().deleteAsync("ag_1").join()).isNull();
    }

    @Test
    void asyncFailuresCarryTheTypedException() {
        transport.answer(404, "{\"message\":\"Agent not found\"}");

        assertThatThrownBy(() -> client.agents().completeAsync(ask()).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }
}
