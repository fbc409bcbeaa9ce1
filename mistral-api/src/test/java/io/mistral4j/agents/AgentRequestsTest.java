package io.mistral4j.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.chat.FunctionDefinition;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ResponseFormatType;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolChoiceMode;
import io.mistral4j.errors.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The agents builders refuse what the API would, at build(), naming the field. */
class AgentRequestsTest {

    private static final Map<String, Object> NO_ARGS = Map.of("type", "object");

    private static void assertRefused(Executable build, String field) {
        assertThatThrownBy(build::execute)
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(field + ":")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    private static AgentCreationRequest.Builder valid() {
        return AgentCreationRequest.builder().model("mistral-medium-latest").name("pirate");
    }

    @Test
    void creationBuildsWithEveryField() {
        AgentCreationRequest request = valid()
                .description("talks like a pirate")
                .instructions("Answer like a pirate.")
                .addTool(AgentTool.function("get_weather", "Weather in a city", NO_ARGS))
                .addTool(AgentTool.webSearch())
                .addTool(AgentTool.documentLibrary("lib-1"))
                .addTool(new ConnectorTool("conn-1", ConnectorAuthorization.apiKey("k"), ToolConfiguration.including("a")))
                .completionArgs(CompletionArgs.builder().temperature(0.3).stop("END").toolChoice(ToolChoiceMode.ANY)
                        .reasoningEffort(ReasoningEffort.HIGH).responseFormat(ResponseFormat.jsonObject()).build())
                .guardrails(List.of(new GuardrailConfig(true, null, null)))
                .handoffs(List.of("ag_other"))
                .metadata(Map.of("team", "search"))
                .versionMessage("first")
                .build();

        assertThat(request.tools()).extracting(AgentTool::type)
                .containsExactly("function", "web_search", "document_library", "connector");
        assertThat(request.completionArgs().stop()).containsExactly("END");
        assertThat(request.handoffs()).containsExactly("ag_other");
    }

    @Test
    void creationNeedsModelAndName() {
        assertRefused(() -> AgentCreationRequest.builder().name("a").build(), "model");
        assertRefused(() -> AgentCreationRequest.builder().model("m").name(" ").build(), "name");
    }

    @Test
    void toolsAreCheckedByTheirType() {
        assertRefused(() -> valid().addTool(AgentTool.function(new FunctionDefinition("f", null, null, null)))
                .build(), "tools[0].function.parameters");
        assertRefused(() -> valid().addTool(AgentTool.webSearch()).addTool(AgentTool.documentLibrary()).build(),
                "tools[1].libraryIds");
        assertRefused(() -> valid().addTool(AgentTool.connector(" ")).build(), "tools[0].connectorId");
        assertRefused(() -> valid().addTool(null).build(), "tools[0]");
        assertRefused(() -> AgentUpdateRequest.builder().addTool(new FunctionTool(null)).build(),
                "tools[0].function");
    }

    @Test
    void handoffsAndVersionMessageHaveLimits() {
        assertRefused(() -> valid().handoffs(List.of()).build(), "handoffs");
        assertRefused(() -> valid().handoffs(List.of("ag_1", "")).build(), "handoffs[1]");
        assertRefused(() -> valid().versionMessage("x".repeat(501)).build(), "versionMessage");
        assertThat(valid().versionMessage("x".repeat(500)).build().versionMessage()).hasSize(500);
        assertRefused(() -> AgentUpdateRequest.builder().versionMessage("x".repeat(501)).build(), "versionMessage");
    }

    @Test
    void updateNeedsNothingButRefusesBlankModelOrName() {
        assertThat(AgentUpdateRequest.builder().build().name()).isNull();
        assertRefused(() -> AgentUpdateRequest.builder().model("").build(), "model");
        assertRefused(() -> AgentUpdateRequest.builder().name("  ").build(), "name");
        assertThat(AgentUpdateRequest.builder().deploymentChat(true).build().deploymentChat()).isTrue();
    }

    @Test
    void completionArgsRangesFollowTheSpec() {
        assertRefused(() -> CompletionArgs.builder().temperature(1.6).build(), "completionArgs.temperature");
        assertRefused(() -> CompletionArgs.builder().topP(-0.1).build(), "completionArgs.topP");
        assertRefused(() -> CompletionArgs.builder().presencePenalty(2.5).build(), "completionArgs.presencePenalty");
        assertRefused(() -> CompletionArgs.builder().frequencyPenalty(Double.NaN).build(),
                "completionArgs.frequencyPenalty");
        assertRefused(() -> CompletionArgs.builder().maxTokens(-1).build(), "completionArgs.maxTokens");
        assertRefused(() -> CompletionArgs.builder().randomSeed(-1).build(), "completionArgs.randomSeed");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void listPageSizeOutOfRangeIsRefused(int pageSize) {
        assertRefused(() -> AgentListRequest.builder().pageSize(pageSize).build(), "pageSize");
    }

    @Test
    void listPageAndTokenAreChecked() {
        assertRefused(() -> AgentListRequest.builder().page(-1).build(), "page");
        assertRefused(() -> AgentListRequest.builder().pageToken(" ").build(), "pageToken");
        assertRefused(() -> AgentListRequest.builder().sources(new ArrayList<>(java.util.Arrays.asList(
                RequestSource.API, null))).build(), "sources[1]");
        AgentListRequest request = AgentListRequest.builder().pageSize(1000).page(3).name("n").build();
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void versionPageSizeOutOfRangeIsRefused(int pageSize) {
        assertRefused(() -> AgentVersionListRequest.builder().pageSize(pageSize).build(), "pageSize");
    }

    @Test
    void completionNeedsAnAgentAndMessages() {
        assertRefused(() -> AgentsCompletionRequest.builder().addUserMessage("hi").build(), "agentId");
        assertRefused(() -> AgentsCompletionRequest.builder().agentId("ag_1").build(), "messages");
        List<Message> messages = new ArrayList<>();
        messages.add(Message.user("a"));
        messages.add(null);
        assertRefused(() -> AgentsCompletionRequest.builder().agentId("ag_1").messages(messages).build(),
                "messages[1]");
    }

    @Test
    void completionParametersAreChecked() {
        java.util.function.Supplier<AgentsCompletionRequest.Builder> ok =
                () -> AgentsCompletionRequest.builder().agentId("ag_1").addUserMessage("hi");
        assertRefused(() -> ok.get().n(0).build(), "n");
        assertRefused(() -> ok.get().maxTokens(-1).build(), "maxTokens");
        assertRefused(() -> ok.get().presencePenalty(3).build(), "presencePenalty");
        assertRefused(() -> ok.get().responseFormat(new ResponseFormat(ResponseFormatType.JSON_SCHEMA, null))
                .build(), "responseFormat.jsonSchema");
    }

    @Test
    void completionRoundTripsThroughToBuilder() {
        AgentsCompletionRequest request = AgentsCompletionRequest.builder().agentId("ag_1")
                .addSystemMessage("extra").addUserMessage("hi").addAssistantMessage("hello").addToolMessage("c1", "{}")
                .maxTokens(10).stop("END").randomSeed(7).metadata(Map.of("k", "v"))
                .addTool(Tool.function("f", "d", NO_ARGS)).toolChoice(ToolChoice.any())
                .presencePenalty(0.1).frequencyPenalty(0.2).n(2).parallelToolCalls(false)
                .reasoningEffort(ReasoningEffort.NONE).promptCacheKey("conv-1")
                .build();

        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(request.toBuilder().addUserMessage("next").build().messages()).hasSize(5);
    }

    @Test
    void connectorSecretsStayOutOfToString() {
        ConnectorTool tool = new ConnectorTool("conn-1", ConnectorAuthorization.oauth2Token("tok-s3cr3t"), null);

        assertThat(tool.toString()).doesNotContain("tok-s3cr3t").contains("***");
        assertThat(valid().addTool(tool).build().toString()).doesNotContain("tok-s3cr3t");
    }
}
