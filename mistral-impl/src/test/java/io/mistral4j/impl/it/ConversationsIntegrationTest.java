package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.agents.AgentTool;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.conversations.Conversation;
import io.mistral4j.conversations.ConversationAccumulator;
import io.mistral4j.conversations.ConversationAppendRequest;
import io.mistral4j.conversations.ConversationEntry;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.conversations.ConversationHistory;
import io.mistral4j.conversations.ConversationInfo;
import io.mistral4j.conversations.ConversationListRequest;
import io.mistral4j.conversations.ConversationResponse;
import io.mistral4j.conversations.ConversationRestartRequest;
import io.mistral4j.conversations.ConversationStartRequest;
import io.mistral4j.conversations.ConversationStream;
import io.mistral4j.conversations.ConversationsService;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.pagination.Page;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Conversations end to end over loopback sockets against the simulator: plain, async, raw and streamed. */
class ConversationsIntegrationTest {

    private static final String MODEL = "mistral-medium-latest";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR =
            new MistralSimulatorExtension(simulator -> simulator.chunkDelay(Duration.ofMillis(2)));

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

    private static ConversationStartRequest.Builder withModel(String text) {
        return ConversationStartRequest.builder().model(MODEL).input(text);
    }

    private static AgentTool weather() {
        return AgentTool.function("get_weather", "The weather in a city",
                Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))));
    }

    @Test
    void aConversationIsStartedAppendedToAndReadBack() {
        ConversationResponse first = conversations.start(withModel("Hello there").name("greeting")
                .instructions("Be brief").completionArgs(CompletionArgs.builder().temperature(0.2).build())
                .metadata(Map.of("team", "docs")).store(true).handoffExecution("server").build());
        assertThat(first.conversationId()).startsWith("conv_");
        assertThat(first.text()).isEqualTo("You said: Hello there");
        assertThat(first.usage().totalTokens()).isPositive();
        assertThat(first.outputs()).singleElement().isInstanceOf(ConversationEntry.MessageOutput.class);

        ConversationResponse second = conversations.append(first.conversationId(),
                ConversationAppendRequest.of("And again"));
        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        assertThat(second.text()).isEqualTo("You said: And again");

        ConversationInfo info = conversations.get(first.conversationId());
        assertThat(info.model()).isEqualTo(MODEL);
        assertThat(info.name()).isEqualTo("greeting");
        assertThat(info.instructions()).isEqualTo("Be brief");
        assertThat(info.metadata()).containsEntry("team", "docs");
        assertThat(info.withAgent()).isFalse();

        ConversationHistory history = conversations.history(first.conversationId());
        assertThat(history.entries()).extracting(ConversationEntry::type)
                .containsExactly("message.input", "message.output", "message.input", "message.output");
        assertThat(history.entries()).allSatisfy(entry -> assertThat(entry.id()).isNotBlank());
        assertThat(conversations.messages(first.conversationId()).messages()).hasSize(4);
    }

    @Test
    void aConversationWithAnAgentKeepsItsIdAndVersion() {
        ConversationResponse first = conversations.start(ConversationStartRequest.builder().agentId("ag_tour")
                .agentVersion(2).input("hello agent").build());
        ConversationInfo info = conversations.get(first.conversationId());
        assertThat(info.withAgent()).isTrue();
        assertThat(info.agentId()).isEqualTo("ag_tour");
        assertThat(info.agentVersion()).isEqualTo("2");
        assertThat(((ConversationEntry.MessageOutput) first.outputs().get(0)).agentId()).isEqualTo("ag_tour");
    }

    @Test
    void asyncAndRawFormsAnswerTheSame() throws Exception {
        ConversationResponse first = conversations.startAsync(withModel("async hello").build())
                .get(10, TimeUnit.SECONDS);
        String id = first.conversationId();
        assertThat(conversations.appendAsync(id, ConversationAppendRequest.of("more")).get(10, TimeUnit.SECONDS)
                .text()).isEqualTo("You said: more");
        assertThat(conversations.getAsync(id).get(10, TimeUnit.SECONDS).id()).isEqualTo(id);
        assertThat(conversations.historyAsync(id).get(10, TimeUnit.SECONDS).entries()).hasSize(4);
        assertThat(conversations.messagesAsync(id).get(10, TimeUnit.SECONDS).messages()).hasSize(4);
        String entry = conversations.history(id).entries().get(0).id();
        assertThat(conversations.restartAsync(id, ConversationRestartRequest.builder(entry).build())
                .get(10, TimeUnit.SECONDS).conversationId()).isNotEqualTo(id);

        ApiResponse<ConversationResponse> raw = conversations.withRawResponse().start(withModel("raw").build());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.value().text()).isEqualTo("You said: raw");
        assertThat(conversations.withRawResponse().history(id).value().conversationId()).isEqualTo(id);

        conversations.deleteAsync(raw.value().conversationId()).get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> conversations.get(raw.value().conversationId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFunctionCallWaitsForItsResult() {
        ConversationResponse asked = conversations.start(withModel("What is the weather? call get_weather")
                .addTool(weather()).build());
        ConversationEntry.FunctionCall call = asked.functionCalls().get(0);
        assertThat(call.name()).isEqualTo("get_weather");
        assertThat(call.arguments()).isEqualTo("{}");

        assertThatThrownBy(() -> conversations.append(asked.conversationId(), ConversationAppendRequest.of("hi")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining(call.toolCallId());

        ConversationResponse answered = conversations.append(asked.conversationId(),
                ConversationAppendRequest.of(ConversationEntry.FunctionResult.of(call, "sunny")));
        assertThat(answered.text()).isEqualTo("The result of get_weather is sunny.");
    }

    @Test
    void theHelperKeepsTheIdAnswersCallsAndMovesToARestartedBranch() {
        Conversation conversation = conversations.conversation(withModel("Please call the weather tool")
                .addTool(weather()).build());
        String id = conversation.id();
        assertThat(conversation.pendingCalls()).hasSize(1);
        ConversationResponse answer = conversation.answerCalls(call -> "rain");
        assertThat(answer.text()).isEqualTo("The result of get_weather is rain.");
        assertThat(conversation.send("thanks").text()).isEqualTo("You said: thanks");
        assertThat(conversation.id()).isEqualTo(id);

        String firstEntry = conversation.history().entries().get(0).id();
        ConversationResponse branch = conversation.restartFrom(firstEntry, "hello again");
        assertThat(conversation.id()).isEqualTo(branch.conversationId()).isNotEqualTo(id);
        assertThat(conversations.history(conversation.id()).entries()).hasSize(3);
        assertThat(conversations.history(id).entries()).hasSize(6);

        Conversation resumed = conversations.resume(id);
        assertThat(resumed.send(ConversationEntry.MessageInput.user(Content.of(new TextChunk("chunked"))))
                .text()).isEqualTo("You said: chunked");
    }

    @Test
    void restartBranchesFromAnEntryAndKeepsTheOriginal() {
        ConversationResponse first = conversations.start(withModel("one").build());
        String id = first.conversationId();
        conversations.append(id, ConversationAppendRequest.of("two"));
        String answerToOne = first.outputs().get(0).id();
        ConversationResponse branch = conversations.restart(id, ConversationRestartRequest.builder(answerToOne)
                .input("three").metadata(Map.of("branch", "yes")).build());
        assertThat(branch.text()).isEqualTo("You said: three");
        assertThat(conversations.history(branch.conversationId()).entries()).extracting(ConversationEntry::type)
                .containsExactly("message.input", "message.output", "message.input", "message.output");
        assertThat(conversations.history(id).entries()).hasSize(4);

        assertThatThrownBy(() -> conversations.restart(id, ConversationRestartRequest.builder("msg_nope").build()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("msg_nope");
    }

    @Test
    void listingPagesNewestFirstAndFiltersOnMetadata() {
        String tag = "list-" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(conversations.start(withModel("n" + i).metadata(Map.of("tag", tag)).build()).conversationId());
        }
        Page<ConversationInfo> page = conversations.list(ConversationListRequest.builder().pageSize(2)
                .metadata(Map.of("tag", tag)).build());
        List<String> listed = new ArrayList<>();
        page.autoPager().forEach(info -> listed.add(info.id()));
        assertThat(listed).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(conversations.list().items()).isNotEmpty();
    }

    @Test
    void aStreamedAnswerFoldsIntoTheSameEntriesAsThePlainOne() {
        List<ConversationEvent> events = new ArrayList<>();
        ConversationResponse folded;
        try (ConversationStream stream = conversations.startStream(withModel("stream these words please").build())) {
            stream.forEachRemaining(events::add);
            folded = stream.accumulated();
        }
        assertThat(events.get(0)).isInstanceOf(ConversationEvent.ResponseStarted.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(ConversationEvent.ResponseDone.class);
        assertThat(events).filteredOn(ConversationEvent.MessageOutputDelta.class::isInstance).hasSizeGreaterThan(2);
        assertThat(folded.text()).isEqualTo("You said: stream these words please");
        assertThat(folded.usage().totalTokens()).isPositive();
        String id = folded.conversationId();
        assertThat(conversations.history(id).entries().get(1).id()).isEqualTo(folded.outputs().get(0).id());

        try (ConversationStream stream = conversations.appendStream(id, ConversationAppendRequest.of("call it"))) {
            stream.forEachRemaining(event -> { });
            assertThat(stream.accumulated().text()).isEqualTo("You said: call it");
        }
        String first = conversations.history(id).entries().get(0).id();
        try (ConversationStream stream = conversations.restartStream(id,
                ConversationRestartRequest.builder(first).build())) {
            stream.forEachRemaining(event -> { });
            assertThat(stream.accumulated().conversationId()).isNotEqualTo(id);
            assertThat(stream.accumulated().text()).isEqualTo("You said: stream these words please");
        }
    }

    @Test
    void aStreamedFunctionCallFoldsIntoACallEntry() {
        try (ConversationStream stream = conversations.startStream(withModel("call get_weather")
                .addTool(weather()).build())) {
            stream.forEachRemaining(event -> { });
            ConversationEntry.FunctionCall call = stream.accumulated().functionCalls().get(0);
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(call.arguments()).isEqualTo("{}");
            assertThat(call.toolCallId()).startsWith("call_");
        }
    }

    @Test
    void thePublisherFormsSendTheirOwnRequestPerSubscription() throws Exception {
        ConversationAccumulator accumulator = new ConversationAccumulator();
        CompletableFuture<ConversationResponse> done = new CompletableFuture<>();
        conversations.startStreamPublisher(withModel("published").build()).subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ConversationEvent item) {
                accumulator.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(accumulator.result());
            }
        });
        ConversationResponse response = done.get(10, TimeUnit.SECONDS);
        assertThat(response.text()).isEqualTo("You said: published");
        assertThat(accumulator.isDone()).isTrue();
    }

    @Test
    void badInputFailsAtBuildNamingTheField() {
        assertThatThrownBy(() -> ConversationStartRequest.builder().model(MODEL).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("inputs");
        assertThatThrownBy(() -> withModel("x").agentId("ag_1").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> ConversationStartRequest.builder().input("x").agentVersion(2).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("agentVersion");
        assertThatThrownBy(() -> withModel("x").handoffExecution("nobody").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("handoffExecution");
        assertThatThrownBy(() -> ConversationAppendRequest.builder().build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("inputs");
        assertThatThrownBy(() -> ConversationRestartRequest.builder().build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("fromEntryId");
        assertThatThrownBy(() -> ConversationListRequest.builder().pageSize(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> conversations.get(" "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("conversationId");
    }
}
