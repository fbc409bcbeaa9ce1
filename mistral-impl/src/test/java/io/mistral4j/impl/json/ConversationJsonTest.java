package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.conversations.ConversationAccumulator;
import io.mistral4j.conversations.ConversationEntry;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.conversations.ConversationHistory;
import io.mistral4j.conversations.ConversationInfo;
import io.mistral4j.conversations.ConversationResponse;
import io.mistral4j.conversations.ConversationStartRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversation entries and events as the API sends them, every type, and requests as they are sent. */
class ConversationJsonTest {

    private final JsonCodec codec = new JsonCodec();

    private ConversationEvent event(String json) {
        return codec.fromJson(json, ConversationEvent.class);
    }

    @Test
    void everyEntryTypeIsReadAndAnUnknownOneIsWrittenBackAsItCame() {
        ConversationHistory history = codec.fromJson("""
                {"object":"conversation.history","conversation_id":"conv_1","entries":[
                 {"object":"entry","type":"message.input","id":"msg_1","role":"user","content":"hi",
                  "created_at":"2026-01-01T00:00:00Z"},
                 {"type":"message.output","id":"msg_2","role":"assistant","agent_id":"ag_1",
                  "content":[{"type":"text","text":"see "},{"type":"tool_reference","tool":"web_search","title":"T"}]},
                 {"type":"function.call","id":"fc_1","tool_call_id":"call_1","name":"f","arguments":{"city":"Paris"}},
                 {"type":"function.result","id":"fr_1","tool_call_id":"call_1","result":"12"},
                 {"type":"tool.execution","id":"te_1","name":"web_search","arguments":"{}","info":{"hits":3}},
                 {"type":"agent.handoff","id":"ho_1","previous_agent_id":"a","previous_agent_name":"A",
                  "next_agent_id":"b","next_agent_name":"B"},
                 {"type":"memory.note","id":"mn_1","note":{"kept":true}}]}""", ConversationHistory.class);

        List<ConversationEntry> entries = history.entries();
        assertThat(entries).extracting(ConversationEntry::type).containsExactly("message.input", "message.output",
                "function.call", "function.result", "tool.execution", "agent.handoff", "memory.note");
        assertThat(((ConversationEntry.MessageInput) entries.get(0)).content().text()).isEqualTo("hi");
        ConversationEntry.MessageOutput output = (ConversationEntry.MessageOutput) entries.get(1);
        assertThat(output.text()).isEqualTo("see ");
        assertThat(output.content().chunks()).hasSize(2);
        assertThat(JsonParser.parseString(((ConversationEntry.FunctionCall) entries.get(2)).arguments()))
                .isEqualTo(JsonParser.parseString("{\"city\":\"Paris\"}"));
        assertThat(((ConversationEntry.ToolExecution) entries.get(4)).info()).containsEntry("hits", 3L);
        assertThat(((ConversationEntry.AgentHandoff) entries.get(5)).nextAgentName()).isEqualTo("B");
        ConversationEntry.Unknown unknown = (ConversationEntry.Unknown) entries.get(6);
        assertThat(unknown.id()).isEqualTo("mn_1");

        JsonObject written = JsonParser.parseString(codec.toJson(unknown)).getAsJsonObject();
        assertThat(written).isEqualTo(JsonParser.parseString(
                "{\"type\":\"memory.note\",\"id\":\"mn_1\",\"note\":{\"kept\":true}}"));
        JsonObject result = JsonParser.parseString(codec.toJson(
                ConversationEntry.FunctionResult.of("call_1", "12"))).getAsJsonObject();
        assertThat(result.get("type").getAsString()).isEqualTo("function.result");
        assertThat(result.get("tool_call_id").getAsString()).isEqualTo("call_1");
    }

    @Test
    void aStartRequestCarriesEveryOptionUnderItsWireName() {
        ConversationStartRequest request = ConversationStartRequest.builder().agentId("ag_1").agentVersion(3)
                .input("hi").input(ConversationEntry.MessageInput.user(io.mistral4j.chat.Content.of(
                        new TextChunk("there")))).store(false).handoffExecution("client")
                .guardrails(List.of(new GuardrailConfig(true, null, null))).metadata(Map.of("k", "v"))
                .name("n").description("d").build();
        JsonObject body = JsonParser.parseString(codec.toJson(request)).getAsJsonObject();

        assertThat(body.get("agent_id").getAsString()).isEqualTo("ag_1");
        assertThat(body.get("agent_version").getAsString()).isEqualTo("3");
        assertThat(body.get("store").getAsBoolean()).isFalse();
        assertThat(body.get("handoff_execution").getAsString()).isEqualTo("client");
        assertThat(body.getAsJsonArray("guardrails").get(0).getAsJsonObject().get("block_on_error").getAsBoolean())
                .isTrue();
        assertThat(body.getAsJsonObject("metadata").get("k").getAsString()).isEqualTo("v");
        JsonObject first = body.getAsJsonArray("inputs").get(0).getAsJsonObject();
        assertThat(first.get("type").getAsString()).isEqualTo("message.input");
        assertThat(first.get("role").getAsString()).isEqualTo("user");
        assertThat(first.get("content").getAsString()).isEqualTo("hi");
        assertThat(body.getAsJsonArray("inputs").get(1).getAsJsonObject().getAsJsonArray("content")).hasSize(1);
        assertThat(body.has("model")).isFalse();
    }

    @Test
    void anAgentVersionSentAsANumberIsReadAsText() {
        ConversationInfo info = codec.fromJson("""
                {"object":"conversation","id":"conv_1","created_at":"2026-01-01T00:00:00Z",
                 "updated_at":"2026-01-01T00:00:00Z","agent_id":"ag_1","agent_version":2}""", ConversationInfo.class);
        assertThat(info.agentVersion()).isEqualTo("2");
        assertThat(info.withAgent()).isTrue();
    }

    @Test
    void everyEventTypeFoldsIntoEntriesAndUsage() {
        ConversationAccumulator accumulator = new ConversationAccumulator();
        List.of(
                "{\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_9\"}",
                "{\"type\":\"agent.handoff.started\",\"output_index\":0,\"id\":\"ho_1\",\"previous_agent_id\":\"a\","
                        + "\"previous_agent_name\":\"A\"}",
                "{\"type\":\"agent.handoff.done\",\"output_index\":0,\"id\":\"ho_1\",\"next_agent_id\":\"b\","
                        + "\"next_agent_name\":\"B\"}",
                "{\"type\":\"tool.execution.started\",\"output_index\":1,\"id\":\"te_1\",\"name\":\"web_search\","
                        + "\"arguments\":\"{\\\"q\\\":\"}",
                "{\"type\":\"tool.execution.delta\",\"output_index\":1,\"id\":\"te_1\",\"name\":\"web_search\","
                        + "\"arguments\":\"\\\"x\\\"}\"}",
                "{\"type\":\"tool.execution.done\",\"output_index\":1,\"id\":\"te_1\",\"name\":\"web_search\","
                        + "\"info\":{\"hits\":2}}",
                "{\"type\":\"message.output.delta\",\"output_index\":2,\"id\":\"msg_1\",\"content\":\"Hel\"}",
                "{\"type\":\"message.output.delta\",\"output_index\":2,\"id\":\"msg_1\",\"content\":\"lo\"}",
                "{\"type\":\"function.call.delta\",\"output_index\":3,\"id\":\"fc_1\",\"tool_call_id\":\"call_1\","
                        + "\"name\":\"f\",\"arguments\":\"{\\\"a\\\":\"}",
                "{\"type\":\"function.call.delta\",\"output_index\":3,\"id\":\"fc_1\",\"tool_call_id\":\"call_1\","
                        + "\"name\":\"f\",\"arguments\":\"1}\"}",
                "{\"type\":\"future.event\",\"x\":1}",
                "{\"type\":\"conversation.response.done\",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,"
                        + "\"total_tokens\":7}}")
                .forEach(json -> accumulator.add(event(json)));

        ConversationResponse folded = accumulator.result();
        assertThat(accumulator.isDone()).isTrue();
        assertThat(folded.conversationId()).isEqualTo("conv_9");
        assertThat(folded.outputs()).extracting(ConversationEntry::type)
                .containsExactly("agent.handoff", "tool.execution", "message.output", "function.call");
        ConversationEntry.AgentHandoff handoff = (ConversationEntry.AgentHandoff) folded.outputs().get(0);
        assertThat(handoff.previousAgentId()).isEqualTo("a");
        assertThat(handoff.nextAgentId()).isEqualTo("b");
        ConversationEntry.ToolExecution tool = (ConversationEntry.ToolExecution) folded.outputs().get(1);
        assertThat(tool.arguments()).isEqualTo("{\"q\":\"x\"}");
        assertThat(tool.info()).containsEntry("hits", 2L);
        assertThat(folded.text()).isEqualTo("Hello");
        assertThat(folded.functionCalls().get(0).arguments()).isEqualTo("{\"a\":1}");
        assertThat(folded.usage().totalTokens()).isEqualTo(7);
        assertThat(event("{\"type\":\"future.event\",\"x\":1}")).isInstanceOf(ConversationEvent.Unknown.class);
    }

    @Test
    void anErrorEventEndsTheAnswer() {
        ConversationAccumulator accumulator = new ConversationAccumulator();
        accumulator.add(event("{\"type\":\"conversation.response.error\",\"message\":\"boom\",\"code\":3000}"));
        assertThat(accumulator.isDone()).isTrue();
        assertThat(accumulator.error().message()).isEqualTo("boom");
        assertThat(accumulator.error().code()).isEqualTo(3000);
    }
}
