package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentAlias;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentListRequest;
import io.mistral4j.agents.AgentTool;
import io.mistral4j.agents.AgentUpdateRequest;
import io.mistral4j.agents.AgentVersionListRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.agents.AgentsService;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.agents.DocumentLibraryTool;
import io.mistral4j.agents.FunctionTool;
import io.mistral4j.agents.RequestSource;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agents end to end over real loopback sockets against the simulator. */
class AgentsIntegrationTest {

    private static final String KEY = "sk-agents-it-1a2b3c4d";
    private static final Map<String, Object> WEATHER_PARAMETERS = Map.of(
            "type", "object",
            "properties", Map.of("city", Map.of("type", "string"),
                    "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit"))),
            "required", List.of("city", "unit"));

    private static MistralSimulator simulator;
    private static MistralClient client;
    private static AgentsService agents;

    @BeforeAll
    static void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).start();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
        agents = client.agents();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    private static AgentCreationRequest.Builder pirate() {
        return AgentCreationRequest.builder().model("mistral-medium-latest").name("pirate")
                .instructions("Answer like a pirate.");
    }

    private static AgentsCompletionRequest.Builder ask(Agent agent, String question) {
        return AgentsCompletionRequest.builder().agentId(agent.id()).addUserMessage(question);
    }

    @Test
    void wholeLifecycle() {
        String run = UUID.randomUUID().toString();
        Agent created = agents.create(pirate().description("v0").metadata(Map.of("run", run))
                .addTool(AgentTool.documentLibrary("lib-1")).build());
        assertThat(created.version()).isZero();
        assertThat(created.versions()).containsExactly(0);
        assertThat(created.tools()).containsExactly(new DocumentLibraryTool(List.of("lib-1"), null));
        assertThat(created.createdAt()).isNotNull();

        assertThat(agents.list(AgentListRequest.builder().metadata(Map.of("run", run)).build()).items())
                .extracting(Agent::id).containsExactly(created.id());
        assertThat(agents.get(created.id())).isEqualTo(created);

        Agent updated = agents.update(created.id(), AgentUpdateRequest.builder().description("v1")
                .versionMessage("second").build());
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.versions()).containsExactly(0, 1);
        assertThat(updated.description()).isEqualTo("v1");
        assertThat(updated.instructions()).isEqualTo("Answer like a pirate.");
        assertThat(updated.versionMessage()).isEqualTo("second");

        assertThat(agents.listVersions(created.id()).stream().map(Agent::description).toList())
                .containsExactly("v1", "v0");
        assertThat(agents.getVersion(created.id(), 0).description()).isEqualTo("v0");
        assertThat(agents.get(created.id(), 0).description()).isEqualTo("v0");

        AgentAlias alias = agents.createOrUpdateAlias(created.id(), "stable", 0);
        assertThat(alias.version()).isZero();
        assertThat(alias.createdAt()).isNotNull();
        assertThat(agents.get(created.id(), "stable").description()).isEqualTo("v0");
        assertThat(agents.createOrUpdateAlias(created.id(), "stable", 1).version()).isEqualTo(1);
        assertThat(agents.listAliases(created.id())).extracting(AgentAlias::alias, AgentAlias::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stable", 1));

        Agent switched = agents.switchVersion(created.id(), 0);
        assertThat(switched.version()).isZero();
        assertThat(agents.get(created.id()).description()).isEqualTo("v0");

        agents.deleteAlias(created.id(), "stable");
        assertThat(agents.listAliases(created.id())).isEmpty();
        assertThatThrownBy(() -> agents.get(created.id(), "stable")).isInstanceOf(NotFoundException.class);

        ApiResponse<Void> deleted = agents.withRawResponse().delete(created.id());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.requestId()).isPresent();
        assertThatThrownBy(() -> agents.get(created.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(created.id());
        assertThat(agents.list(AgentListRequest.builder().metadata(Map.of("run", run)).build()).items()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation")
    void listingsPageLazilyThroughEveryAgent() {
        String run = UUID.randomUUID().toString();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, agents.create(pirate().name("crew-" + i).metadata(Map.of("run", run)).build()).id());
        }
        AgentListRequest byRun = AgentListRequest.builder().pageSize(2).metadata(Map.of("run", run))
                .sources(RequestSource.API).build();
        simulator.clearRequests();

        var first = agents.list(byRun);
        assertThat(simulator.requests()).hasSize(1);
        assertThat(first.stream().map(Agent::id).toList()).isEqualTo(created);
        List<RecordedRequest> pages = simulator.requests();
        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(request -> assertThat(request.path()).isEqualTo("/v1/agents/pages"));
        assertThat(pages.get(1).query()).contains("page_token=");

        simulator.clearRequests();
        List<String> numbered = agents.listByPageNumber(byRun).stream().map(Agent::id).toList();
        assertThat(numbered).isEqualTo(created);
        assertThat(simulator.requests()).extracting(RecordedRequest::path).containsOnly("/v1/agents");
        assertThat(simulator.requests()).hasSize(3);

        assertThat(agents.listVersions(created.get(0), AgentVersionListRequest.builder().pageSize(1).build())
                .stream().count()).isEqualTo(1);
    }

    @Test
    void completionIsAnsweredByTheAgentsModelPlainStreamedAndAsync() {
        Agent agent = agents.create(pirate().completionArgs(CompletionArgs.builder().maxTokens(200).build()).build());
        AgentsCompletionRequest request = ask(agent, "Who painted the Mona Lisa?").build();

        ApiResponse<ChatCompletionResponse> raw = agents.withRawResponse().complete(request);
        ChatCompletionResponse plain = raw.value();
        assertThat(plain.model()).isEqualTo("mistral-medium-latest");
        assertThat(plain.text()).contains("Who painted the Mona Lisa?");
        assertThat(plain.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(raw.requestId()).isPresent();
        RecordedRequest sent = simulator.requests().get(simulator.requests().size() - 1);
        assertThat(sent.path()).isEqualTo("/v1/agents/completions");
        assertThat(sent.bodyAsJson().getAsJsonObject().has("stream")).isFalse();

        List<CompletionChunk> chunks = new ArrayList<>();
        ChatCompletionResponse folded;
        try (ChatCompletionStream stream = agents.stream(request)) {
            stream.forEachRemaining(chunks::add);
            folded = stream.accumulated();
        }
        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(folded.text()).isEqualTo(plain.text());
        assertThat(folded.usage()).isEqualTo(plain.usage());

        assertThat(agents.completeAsync(request).join().text()).isEqualTo(plain.text());
    }

    @Test
    void publisherDeliversTheStreamOnDemand() throws InterruptedException {
        Agent agent = agents.create(pirate().build());
        AgentsCompletionRequest request = ask(agent, "Describe Lyon").build();
        String expected = agents.complete(request).text();
        CountDownLatch done = new CountDownLatch(1);
        StringBuilder received = new StringBuilder();
        List<Throwable> errors = new ArrayList<>();

        agents.streamPublisher(request).subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(CompletionChunk item) {
                received.append(item.text());
                subscription.request(1);
            }

            @Override
            public void onError(Throwable throwable) {
                errors.add(throwable);
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(errors).isEmpty();
        assertThat(received.toString()).isEqualTo(expected);
    }

    @Test
    void toolCallsThroughAnAgentRoundTrip() {
        Agent forecaster = agents.create(AgentCreationRequest.builder().model("mistral-small-latest")
                .name("forecaster").instructions("Use the weather tool.")
                .addTool(AgentTool.function("get_weather", "Weather in a city", WEATHER_PARAMETERS)).build());
        assertThat(forecaster.functionTools()).extracting(tool -> tool.function().name())
                .containsExactly("get_weather");

        AgentsCompletionRequest question = ask(forecaster, "What's the weather in Paris, in celsius?").build();
        ChatCompletionResponse first = agents.complete(question);

        assertThat(first.firstChoice().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        ToolCall call = first.toolCalls().get(0);
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).contains("\"city\":\"Paris\"");

        ChatCompletionResponse second = agents.complete(question.toBuilder()
                .addMessage(first.message())
                .addToolMessage(call.id(), "{\"temperature\":18,\"sky\":\"clear\"}")
                .build());

        assertThat(second.firstChoice().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(second.text()).contains("get_weather").contains("18");

        try (ChatCompletionStream stream = agents.stream(question)) {
            stream.forEachRemaining(chunk -> { });
            AssistantMessage message = stream.accumulated().message();
            assertThat(message.toolCalls()).extracting(c -> c.function().name()).containsExactly("get_weather");
        }
    }

    @Test
    void callTimeToolsReplaceTheAgentsOwn() {
        Agent forecaster = agents.create(AgentCreationRequest.builder().model("mistral-small-latest")
                .name("forecaster").addTool(AgentTool.function("get_weather", "Weather", WEATHER_PARAMETERS)).build());

        ChatCompletionResponse answer = agents.complete(ask(forecaster, "What time is it in Tokyo?")
                .addTool(io.mistral4j.chat.Tool.function("get_time", "Local time in a city", Map.of("type", "object",
                        "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"))))
                .build());

        assertThat(answer.toolCalls()).extracting(c -> c.function().name()).containsExactly("get_time");
    }

    @Test
    void serviceTierAndGuardrailsAreSentAndAccepted() {
        Agent agent = agents.create(pirate().build());
        int before = simulator.requests().size();

        ChatCompletionResponse answer = agents.complete(ask(agent, "Ahoy?")
                .serviceTier(io.mistral4j.chat.ServiceTier.STANDARD_ONLY)
                .guardrails(List.of(new io.mistral4j.chat.GuardrailConfig(true, null, null))).build());

        assertThat(answer.text()).isNotBlank();
        String sent = simulator.requests().get(before).bodyAsJson().toString();
        assertThat(sent).contains("\"service_tier\":\"standard_only\"").contains("\"block_on_error\":true");
    }

    @Test
    void serverRefusalsAreTyped() {
        assertThatThrownBy(() -> agents.create(AgentCreationRequest.builder().model("no-such-model").name("x").build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("no-such-model");
        assertThatThrownBy(() -> agents.complete(AgentsCompletionRequest.builder().agentId("ag_unknown")
                .addUserMessage("hi").build()))
                .isInstanceOf(NotFoundException.class);
        Agent badTool = agents.create(pirate().addTool(new FunctionTool(
                new io.mistral4j.chat.FunctionDefinition("bad name!", null, Map.of("type", "object"), null))).build());
        assertThatThrownBy(() -> agents.complete(ask(badTool, "hi").build()))
                .as("the spec puts no pattern on names at creation; the model refuses them when the agent answers")
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("bad name!");
    }
}
