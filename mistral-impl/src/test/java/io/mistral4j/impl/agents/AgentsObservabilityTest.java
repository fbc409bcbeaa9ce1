package io.mistral4j.impl.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentListRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.spi.CallListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What observers see of agents calls: GenAI operation names, the model, usage; and lenient parsing. */
class AgentsObservabilityTest {

    private final FakeTransport transport = new FakeTransport();
    private final List<String> events = new ArrayList<>();
    private final MistralClient client = MistralClient.builder().apiKey("sk-obs-1").baseUrl("https://api.example.test")
            .transport(transport).addObserver(call -> {
                events.add("start " + call.operation() + " " + call.model());
                return new CallListener() {
                    @Override
                    public void onUsage(long inputTokens, long outputTokens) {
                        events.add("usage " + call.operation() + " " + inputTokens + "/" + outputTokens);
                    }
                };
            }).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void operationsAreNamedAndCompletionUsageIsReported() {
        transport.answer(200, AgentFixtures.agent("ag_1"));
        transport.answer(200, AgentFixtures.page(null));
        transport.answer(200, AgentFixtures.COMPLETION);
        transport.answer(204, "");

        client.agents().create(AgentCreationRequest.builder().model("mistral-medium-latest").name("p").build());
        client.agents().list(AgentListRequest.all());
        client.agents().complete(AgentsCompletionRequest.builder().agentId("ag_1").addUserMessage("hi").build());
        client.agents().delete("ag_1");

        assertThat(events).containsExactly(
                "start agents.create mistral-medium-latest",
                "start agents.list_pages null",
                "start invoke_agent null",
                "usage invoke_agent 24/4",
                "start agents.delete null");
    }

    @Test
    void unknownNestedFieldsAreIgnoredButABadDateIsATypedError() {
        transport.answer(200, AgentFixtures.agent("ag_1")
                .replace("\"completion_args\":{", "\"completion_args\":{\"future_arg\":[1,2],")
                .replace("{\"type\":\"web_search\",", "{\"type\":\"web_search\",\"region\":\"eu\","));
        transport.answer(200, AgentFixtures.agent("ag_1").replace("\"2025-12-17T10:25:07.818693Z\"", "\"yesterday\""));

        assertThat(client.agents().get("ag_1").completionArgs().temperature()).isEqualTo(0.3);
        assertThatThrownBy(() -> client.agents().get("ag_1"))
                .isInstanceOf(MistralDecodingException.class)
                .hasMessageContaining("yesterday");
    }
}
