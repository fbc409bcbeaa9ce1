package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentTool;
import io.mistral4j.conversations.Conversation;
import io.mistral4j.conversations.ConversationEntry;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.conversations.ConversationResponse;
import io.mistral4j.conversations.ConversationStartRequest;
import io.mistral4j.conversations.ConversationStream;
import io.mistral4j.conversations.ConversationsService;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agents platform inside conversations, over loopback sockets against the simulator: handoffs
 * between agents and built-in tools as entries and as stream events, and the conversation handle
 * driven by streamed turns.
 */
class ConversationPlatformIntegrationTest {

    private static final String MODEL = "mistral-medium-latest";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR =
            new MistralSimulatorExtension(simulator -> simulator.chunkDelay(Duration.ofMillis(1)));

    private static MistralClient client;
    private static ConversationsService conversations;

    @BeforeAll
    static void connect() {
        client = SIMULATOR.newClient();
        conversations = client.conversations();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static Agent agent(String name, List<String> handoffs, AgentTool... tools) {
        AgentCreationRequest.Builder agent = AgentCreationRequest.builder().model(MODEL).name(name)
                .handoffs(handoffs.isEmpty() ? null : handoffs);
        for (AgentTool tool : tools) {
            agent.addTool(tool);
        }
        return client.agents().create(agent.build());
    }

    private static List<ConversationEvent> read(ConversationStream stream) {
        List<ConversationEvent> events = new ArrayList<>();
        try (stream) {
            stream.forEachRemaining(events::add);
        }
        return events;
    }

    @Test
    void anAgentHandsOffToTheAgentItNamesAndThatAgentAnswersFromThenOn() {
        Agent billing = agent("Billing", List.of());
        Agent support = agent("Support", List.of());
        Agent triage = agent("Triage", List.of(support.id(), billing.id()));

        ConversationResponse plain = conversations.start(ConversationStartRequest.builder().agentId(triage.id())
                .input("Please hand off to billing").build());
        assertThat(plain.outputs()).hasSize(2);
        assertThat(plain.outputs().get(0)).isInstanceOfSatisfying(ConversationEntry.AgentHandoff.class, handoff -> {
            assertThat(handoff.previousAgentId()).isEqualTo(triage.id());
            assertThat(handoff.previousAgentName()).isEqualTo("Triage");
            assertThat(handoff.nextAgentId()).isEqualTo(billing.id());
            assertThat(handoff.nextAgentName()).isEqualTo("Billing");
        });
        assertThat(plain.outputs().get(1)).isInstanceOfSatisfying(ConversationEntry.MessageOutput.class,
                message -> assertThat(message.agentId()).isEqualTo(billing.id()));
        ConversationResponse next = conversations.append(plain.conversationId(),
                io.mistral4j.conversations.ConversationAppendRequest.of("and then?"));
        assertThat(((ConversationEntry.MessageOutput) next.outputs().get(0)).agentId()).isEqualTo(billing.id());

        List<ConversationEvent> events = read(conversations.startStream(ConversationStartRequest.builder()
                .agentId(triage.id()).input("HANDOFF please").build()));
        assertThat(events).filteredOn(ConversationEvent.AgentHandoffStarted.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.AgentHandoffStarted.class, started -> {
                    assertThat(started.previousAgentId()).isEqualTo(triage.id());
                    assertThat(started.previousAgentName()).isEqualTo("Triage");
                });
        assertThat(events).filteredOn(ConversationEvent.AgentHandoffDone.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.AgentHandoffDone.class, done -> {
                    assertThat(done.nextAgentId()).as("the first listed").isEqualTo(support.id());
                    assertThat(done.nextAgentName()).isEqualTo("Support");
                });
        String conversationId = ((ConversationEvent.ResponseStarted) events.get(0)).conversationId();
        assertThat(conversations.history(conversationId).entries()).extracting(ConversationEntry::type)
                .containsExactly("message.input", "agent.handoff", "message.output");
    }

    @Test
    void builtInToolsNamedByTheMessageRunAsToolExecutions() {
        Agent researcher = agent("Researcher", List.of(), AgentTool.webSearch(), AgentTool.codeInterpreter(),
                AgentTool.imageGeneration(), AgentTool.documentLibrary("lib_1"));
        String ask = "Use web_search, code_interpreter, image_generation and document_library";

        ConversationResponse plain = conversations.start(ConversationStartRequest.builder().agentId(researcher.id())
                .input(ask).build());
        assertThat(plain.outputs()).extracting(ConversationEntry::type).containsExactly("tool.execution",
                "tool.execution", "tool.execution", "tool.execution", "message.output");
        assertThat(plain.outputs().subList(0, 4)).extracting(entry -> ((ConversationEntry.ToolExecution) entry).name())
                .containsExactly("web_search", "code_interpreter", "image_generation", "document_library");
        ConversationEntry.ToolExecution search = (ConversationEntry.ToolExecution) plain.outputs().get(0);
        assertThat(search.arguments()).contains("\"query\"").contains(ask);
        assertThat(search.info()).containsEntry("summary", "3 results were found");
        assertThat(plain.text()).contains("The web_search tool ran: 3 results were found.");

        ConversationStream stream = conversations.startStream(ConversationStartRequest.builder().model(MODEL)
                .addTool(AgentTool.codeInterpreter()).addTool(AgentTool.webSearch()).input("run code_interpreter")
                .build());
        List<ConversationEvent> events = read(stream);
        assertThat(events).filteredOn(ConversationEvent.ToolExecutionStarted.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.ToolExecutionStarted.class,
                        started -> assertThat(started.name()).isEqualTo("code_interpreter"));
        assertThat(events).filteredOn(ConversationEvent.ToolExecutionDelta.class::isInstance).hasSize(2);
        assertThat(events).filteredOn(ConversationEvent.ToolExecutionDone.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ConversationEvent.ToolExecutionDone.class,
                        done -> assertThat(done.info()).containsKey("summary"));
        ConversationEntry.ToolExecution folded = (ConversationEntry.ToolExecution) stream.accumulated().outputs().get(0);
        assertThat(folded.arguments()).isEqualTo("{\"code\":\"run code_interpreter\"}");
        assertThat(folded.info()).isEqualTo(Map.of("summary", "the code printed 20"));
        assertThat(stream.accumulated().text()).isEqualTo("The code_interpreter tool ran: the code printed 20.");

        assertThat(conversations.start(ConversationStartRequest.builder().model(MODEL)
                .addTool(AgentTool.webSearchPremium()).input("web_search").build()).outputs())
                .as("web_search does not name web_search_premium").extracting(ConversationEntry::type)
                .containsExactly("message.output");
    }

    @Test
    void aHandleStartedStreamedTakesItsIdFromTheEventsAndStreamsEveryTurn() {
        Conversation conversation = conversations.newConversation(ConversationStartRequest.builder().model(MODEL)
                .addTool(AgentTool.function("get_weather", "The weather", Map.of("type", "object")))
                .input("Please call the weather tool").build());
        assertThat(conversation.id()).isNull();
        assertThatThrownBy(() -> conversation.send("too early")).isInstanceOf(IllegalStateException.class);

        List<ConversationEvent> first = read(conversation.startStream());
        String id = ((ConversationEvent.ResponseStarted) first.get(0)).conversationId();
        assertThat(conversation.id()).isEqualTo(id);
        assertThat(conversation.pendingCalls()).hasSize(1);
        assertThatThrownBy(conversation::startStream).isInstanceOf(IllegalStateException.class);

        List<ConversationEvent> answered = new ArrayList<>();
        ConversationResponse answer = conversation.answerCallsStreamed(call -> "rain", answered::add);
        assertThat(answer.text()).isEqualTo("The result of get_weather is rain.");
        assertThat(answered).first().isInstanceOf(ConversationEvent.ResponseStarted.class);
        assertThat(answered).last().isInstanceOf(ConversationEvent.ResponseDone.class);
        assertThat(conversation.pendingCalls()).isEmpty();

        read(conversation.sendStream(ConversationEntry.MessageInput.user(
                io.mistral4j.chat.Content.of("thanks"))));
        assertThat(conversation.last().text()).isEqualTo("You said: thanks");
        assertThat(conversation.id()).isEqualTo(id);

        String firstEntry = conversation.history().entries().get(0).id();
        List<ConversationEvent> branch = read(conversation.restartStreamFrom(firstEntry, "hello again"));
        String branchId = ((ConversationEvent.ResponseStarted) branch.get(0)).conversationId();
        assertThat(branchId).isNotEqualTo(id);
        assertThat(conversation.id()).isEqualTo(branchId);
        assertThat(conversation.last().text()).isEqualTo("You said: hello again");
        assertThat(conversations.history(branchId).entries()).hasSize(3);
    }

    @Test
    void aHandleNotStartedYetStartsPlainlyOnce() {
        Conversation conversation = conversations.newConversation(ConversationStartRequest.builder().model(MODEL)
                .input("hi").build());
        assertThat(conversation.start().text()).isEqualTo("You said: hi");
        assertThat(conversation.id()).isNotNull();
        assertThatThrownBy(conversation::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> conversations.newConversation(null))
                .isInstanceOf(io.mistral4j.errors.ValidationException.class);
    }
}
