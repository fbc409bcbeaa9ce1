package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.DocumentUrlChunk;
import io.mistral4j.chat.FileChunk;
import io.mistral4j.chat.FunctionDefinition;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.ImageDetail;
import io.mistral4j.chat.ImageUrl;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.JsonSchema;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.Prediction;
import io.mistral4j.chat.PromptMode;
import io.mistral4j.chat.ReasoningEffort;
import io.mistral4j.chat.ReferenceChunk;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolChoiceMode;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.UserMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Serialisation of {@link ChatCompletionRequest} to the wire shape of the spec's ChatCompletionRequest. */
class JsonCodecRequestTest {

    private final JsonCodec codec = new JsonCodec();

    private static ChatCompletionRequest.Builder minimal() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Hi");
    }

    private JsonObject write(Object value) {
        return JsonParser.parseString(codec.toJson(value)).getAsJsonObject();
    }

    private JsonObject writeMessage(Message message) {
        return write(minimal().messages(List.of(message)).build()).getAsJsonArray("messages").get(0).getAsJsonObject();
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    @Test
    void minimalRequestHasOnlyModelAndMessages() {
        JsonObject body = write(minimal().build());

        assertThat(body).isEqualTo(json("{\"model\":\"mistral-small-latest\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));
    }

    @Test
    void everyScalarOptionUsesItsSnakeCaseWireName() {
        ChatCompletionRequest request = minimal()
                .temperature(0.3)
                .topP(0.9)
                .maxTokens(256)
                .stop("END", "STOP")
                .randomSeed(42L)
                .presencePenalty(0.5)
                .frequencyPenalty(-0.25)
                .n(2)
                .parallelToolCalls(false)
                .promptMode(PromptMode.REASONING)
                .reasoningEffort(ReasoningEffort.HIGH)
                .promptCacheKey("conversation-7")
                .safePrompt(true)
                .build();

        JsonObject body = write(request);

        assertThat(body.keySet()).containsExactlyInAnyOrder("model", "messages", "temperature", "top_p",
                "max_tokens", "stop", "random_seed", "presence_penalty", "frequency_penalty", "n",
                "parallel_tool_calls", "prompt_mode", "reasoning_effort", "prompt_cache_key", "safe_prompt");
        assertThat(body.get("temperature").getAsDouble()).isEqualTo(0.3);
        assertThat(body.get("top_p").getAsDouble()).isEqualTo(0.9);
        assertThat(body.get("max_tokens")).isEqualTo(new JsonPrimitive(256));
        assertThat(body.get("stop")).isEqualTo(json("[\"END\",\"STOP\"]"));
        assertThat(body.get("random_seed").toString()).isEqualTo("42");
        assertThat(body.get("presence_penalty").getAsDouble()).isEqualTo(0.5);
        assertThat(body.get("frequency_penalty").getAsDouble()).isEqualTo(-0.25);
        assertThat(body.get("n").toString()).isEqualTo("2");
        assertThat(body.get("parallel_tool_calls")).isEqualTo(new JsonPrimitive(false));
        assertThat(body.get("prompt_mode")).isEqualTo(new JsonPrimitive("reasoning"));
        assertThat(body.get("reasoning_effort")).isEqualTo(new JsonPrimitive("high"));
        assertThat(body.get("prompt_cache_key")).isEqualTo(new JsonPrimitive("conversation-7"));
        assertThat(body.get("safe_prompt")).isEqualTo(new JsonPrimitive(true));
    }

    @Test
    void integersAreWrittenWithoutDecimalPoint() {
        String text = codec.toJson(minimal().maxTokens(100).randomSeed(7L).n(1).build());

        assertThat(text).contains("\"max_tokens\":100").contains("\"random_seed\":7").contains("\"n\":1");
    }

    @Test
    void unknownOpenEnumValuesAreWrittenVerbatim() {
        JsonObject body = write(minimal().promptMode(PromptMode.of("future_mode"))
                .reasoningEffort(ReasoningEffort.of("medium")).build());

        assertThat(body.get("prompt_mode")).isEqualTo(new JsonPrimitive("future_mode"));
        assertThat(body.get("reasoning_effort")).isEqualTo(new JsonPrimitive("medium"));
    }

    @Test
    void nullOptionsAreLeftOutEvenInsideNestedObjects() {
        ChatCompletionRequest request = minimal()
                .addMessage(new ToolMessage(Content.of("42"), "call_1", null))
                .addMessage(new UserMessage(Content.of(new ImageUrlChunk(new ImageUrl("https://x/y.png", null)),
                        new DocumentUrlChunk("https://x/d.pdf", null))))
                .addTool(Tool.function(new FunctionDefinition("f", null, null, null)))
                .build();

        String text = codec.toJson(request);

        assertThat(text).doesNotContain("null");
        JsonObject body = json(text).getAsJsonObject();
        assertThat(body.getAsJsonArray("messages").get(1).getAsJsonObject().keySet())
                .containsExactly("role", "content", "tool_call_id");
        assertThat(body.getAsJsonArray("tools").get(0)).isEqualTo(json(
                "{\"type\":\"function\",\"function\":{\"name\":\"f\"}}"));
    }

    @Test
    void eachMessageRoleIsWrittenWithRoleAsFirstField() {
        List<Message> messages = List.of(
                SystemMessage.of("Be brief."),
                UserMessage.of("Hi"),
                AssistantMessage.of("Hello"),
                ToolMessage.of("call_1", "{\"t\":21}"));

        JsonArray written = write(minimal().messages(messages).build()).getAsJsonArray("messages");

        assertThat(written).hasSize(4);
        String[] roles = {"system", "user", "assistant", "tool"};
        for (int i = 0; i < roles.length; i++) {
            JsonObject message = written.get(i).getAsJsonObject();
            assertThat(message.keySet().iterator().next()).as("first field of message %d", i).isEqualTo("role");
            assertThat(message.get("role").getAsString()).isEqualTo(roles[i]);
        }
        assertThat(codec.toJson(SystemMessage.of("x"))).startsWith("{\"role\":\"system\"");
    }

    @Test
    void messagesWrittenAloneAlsoCarryTheirRole() {
        assertThat(write(UserMessage.of("Hi"))).isEqualTo(json("{\"role\":\"user\",\"content\":\"Hi\"}"));
        assertThat(write(ToolMessage.of("c1", "ok")))
                .isEqualTo(json("{\"role\":\"tool\",\"content\":\"ok\",\"tool_call_id\":\"c1\"}"));
    }

    @Test
    void toolMessageWritesToolCallIdAndName() {
        JsonObject message = writeMessage(new ToolMessage(Content.of("sunny"), "call_9", "get_weather"));

        assertThat(message).isEqualTo(json(
                "{\"role\":\"tool\",\"content\":\"sunny\",\"tool_call_id\":\"call_9\",\"name\":\"get_weather\"}"));
    }

    @Test
    void assistantPrefixMessageWritesPrefixTrue() {
        JsonObject message = writeMessage(AssistantMessage.prefix("Once upon"));

        assertThat(message.get("role").getAsString()).isEqualTo("assistant");
        assertThat(message.get("content").getAsString()).isEqualTo("Once upon");
        assertThat(message.get("prefix")).isEqualTo(new JsonPrimitive(true));
    }

    @Test
    void assistantToolCallsAreWrittenWithArgumentsAsAJsonString() {
        JsonObject message = writeMessage(AssistantMessage.ofToolCalls(List.of(
                ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}"))));

        assertThat(message.has("content")).isFalse();
        assertThat(message.getAsJsonArray("tool_calls")).isEqualTo(json("[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]"));
    }

    @Test
    void contentAsStringIsAJsonString() {
        assertThat(writeMessage(UserMessage.of("plain")).get("content")).isEqualTo(new JsonPrimitive("plain"));
    }

    @Test
    void contentAsChunksWritesEveryChunkTypeWithTypeFirst() {
        UserMessage message = UserMessage.of(
                new TextChunk("Describe these."),
                new ImageUrlChunk(new ImageUrl("https://example.com/cat.png", ImageDetail.HIGH)),
                new DocumentUrlChunk("https://example.com/report.pdf", "report.pdf"),
                ReferenceChunk.of(1, 2),
                new FileChunk("3b6d8f5e-3c1c-4f5e-9c8e-1b2a3c4d5e6f"),
                new ThinkChunk(List.of(new TextChunk("hmm")), true),
                new AudioChunk("UklGRg=="));

        JsonArray chunks = writeMessage(message).getAsJsonArray("content");

        assertThat(chunks).isEqualTo(json("["
                + "{\"type\":\"text\",\"text\":\"Describe these.\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/cat.png\",\"detail\":\"high\"}},"
                + "{\"type\":\"document_url\",\"document_url\":\"https://example.com/report.pdf\","
                + "\"document_name\":\"report.pdf\"},"
                + "{\"type\":\"reference\",\"reference_ids\":[1,2]},"
                + "{\"type\":\"file\",\"file_id\":\"3b6d8f5e-3c1c-4f5e-9c8e-1b2a3c4d5e6f\"},"
                + "{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"hmm\"}],\"closed\":true},"
                + "{\"type\":\"input_audio\",\"input_audio\":\"UklGRg==\"}]"));
        for (JsonElement chunk : chunks) {
            assertThat(chunk.getAsJsonObject().keySet().iterator().next()).isEqualTo("type");
        }
    }

    @Test
    void imageWithoutDetailIsAnObjectWithUrlOnly() {
        JsonArray chunks = writeMessage(UserMessage.of(ContentChunk.imageUrl("data:image/png;base64,iVBO")))
                .getAsJsonArray("content");

        assertThat(chunks.get(0)).isEqualTo(json(
                "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBO\"}}"));
    }

    @Test
    void systemMessageWithThinkingChunkWritesNestedChunks() {
        JsonObject message = writeMessage(new SystemMessage(Content.of(new TextChunk("rules"), ThinkChunk.of("plan"))));

        assertThat(message).isEqualTo(json("{\"role\":\"system\",\"content\":[{\"type\":\"text\",\"text\":\"rules\"},"
                + "{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"plan\"}]}]}"));
    }

    @Test
    void unknownChunkIsWrittenWithItsTypeAndFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tool", "web_search");
        fields.put("title", "Result");
        fields.put("rank", 3L);
        UserMessage message = UserMessage.of(new UnknownChunk("tool_reference", fields));

        JsonObject chunk = writeMessage(message).getAsJsonArray("content").get(0).getAsJsonObject();

        assertThat(chunk).isEqualTo(json("{\"type\":\"tool_reference\",\"tool\":\"web_search\","
                + "\"title\":\"Result\",\"rank\":3}"));
        assertThat(chunk.keySet().iterator().next()).isEqualTo("type");
    }

    @Test
    void toolChoiceModeIsAPlainString() {
        assertThat(write(minimal().toolChoice(ToolChoice.auto()).build()).get("tool_choice"))
                .isEqualTo(new JsonPrimitive("auto"));
        assertThat(write(minimal().toolChoice(ToolChoice.any()).build()).get("tool_choice"))
                .isEqualTo(new JsonPrimitive("any"));
        assertThat(write(minimal().toolChoice(ToolChoice.none()).build()).get("tool_choice"))
                .isEqualTo(new JsonPrimitive("none"));
        assertThat(write(minimal().toolChoice(ToolChoice.required()).build()).get("tool_choice"))
                .isEqualTo(new JsonPrimitive("required"));
        assertThat(write(minimal().toolChoice(ToolChoiceMode.of("sometimes")).build()).get("tool_choice"))
                .isEqualTo(new JsonPrimitive("sometimes"));
    }

    @Test
    void toolChoiceFunctionIsTheNamedFunctionObject() {
        JsonObject body = write(minimal().toolChoice(ToolChoice.function("get_weather")).build());

        assertThat(body.get("tool_choice"))
                .isEqualTo(json("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}"));
    }

    @Test
    void toolsAreWrittenWithTypeAndFunctionDefinition() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", "object");
        parameters.put("properties", Map.of("city", Map.of("type", "string")));
        parameters.put("required", List.of("city"));
        Tool tool = Tool.function(FunctionDefinition.builder().name("get_weather").description("Weather now")
                .parameters(parameters).strict(true).build());

        JsonObject body = write(minimal().addTool(tool).build());

        assertThat(body.getAsJsonArray("tools")).isEqualTo(json("[{\"type\":\"function\",\"function\":{"
                + "\"name\":\"get_weather\",\"description\":\"Weather now\",\"parameters\":{\"type\":\"object\","
                + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]},\"strict\":true}}]"));
    }

    @Test
    void responseFormatTextAndJsonObject() {
        assertThat(write(minimal().responseFormat(ResponseFormat.text()).build()).get("response_format"))
                .isEqualTo(json("{\"type\":\"text\"}"));
        assertThat(write(minimal().responseFormat(ResponseFormat.jsonObject()).build()).get("response_format"))
                .isEqualTo(json("{\"type\":\"json_object\"}"));
    }

    @Test
    void responseFormatJsonSchemaWritesTheSchemaUnderJsonSchema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Map.of("name", Map.of("type", "string")));
        schema.put("required", List.of("name"));
        schema.put("additionalProperties", false);
        ResponseFormat format = ResponseFormat.jsonSchema(new JsonSchema("book", "A book", schema, true));

        JsonObject body = write(minimal().responseFormat(format).build());

        assertThat(body.get("response_format")).isEqualTo(json("{\"type\":\"json_schema\",\"json_schema\":{"
                + "\"name\":\"book\",\"description\":\"A book\",\"schema\":{\"type\":\"object\","
                + "\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"],"
                + "\"additionalProperties\":false},\"strict\":true}}"));
    }

    @Test
    void userSchemaKeysAreNotRenamedToSnakeCase() {
        Map<String, Object> schema = Map.of("additionalProperties", false, "minItems", 1L);

        JsonObject jsonSchema = write(minimal().responseFormat(ResponseFormat.jsonSchema("s", schema)).build())
                .getAsJsonObject("response_format").getAsJsonObject("json_schema").getAsJsonObject("schema");

        assertThat(jsonSchema.keySet()).containsExactlyInAnyOrder("additionalProperties", "minItems");
    }

    @Test
    void predictionIsWrittenAsContentObject() {
        JsonObject body = write(minimal().prediction(Prediction.content("expected text")).build());

        assertThat(body.get("prediction")).isEqualTo(json("{\"type\":\"content\",\"content\":\"expected text\"}"));
    }

    @Test
    void guardrailsAreWrittenWithSnakeCaseConfigNames() {
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("custom_category_thresholds", Map.of("hate", 0.2));
        v2.put("action", "block");
        GuardrailConfig guardrail = new GuardrailConfig(true, null, v2);

        JsonObject body = write(minimal().guardrails(List.of(guardrail)).build());

        assertThat(body.getAsJsonArray("guardrails")).isEqualTo(json("[{\"block_on_error\":true,"
                + "\"moderation_llm_v2\":{\"custom_category_thresholds\":{\"hate\":0.2},\"action\":\"block\"}}]"));
    }

    @Test
    void metadataMapKeepsItsKeysAndValueTypes() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("userId", "u-1");
        metadata.put("attempt", 3);
        metadata.put("score", 0.5);
        metadata.put("flags", List.of("a", "b"));
        metadata.put("nested", Map.of("ok", true));

        JsonObject body = write(minimal().metadata(metadata).build());

        assertThat(body.get("metadata")).isEqualTo(json("{\"userId\":\"u-1\",\"attempt\":3,\"score\":0.5,"
                + "\"flags\":[\"a\",\"b\"],\"nested\":{\"ok\":true}}"));
    }

    @Test
    void nonAsciiAndHtmlCharactersAreWrittenAsIsInUtf8() {
        byte[] bytes = codec.toJsonBytes(minimal().messages(List.of(UserMessage.of("café <b>&</b> ✓ 😀"))).build());

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("café <b>&</b> ✓ 😀");
        assertThat(text).doesNotContain("\\u003c");
    }

    @Test
    void toJsonBytesWithExtraFieldsAddsStreamTrue() {
        JsonObject extra = new JsonObject();
        extra.addProperty("stream", true);
        ChatCompletionRequest request = minimal().maxTokens(5).build();

        JsonObject body = json(new String(codec.toJsonBytes(request, extra), StandardCharsets.UTF_8))
                .getAsJsonObject();

        assertThat(body.get("stream")).isEqualTo(new JsonPrimitive(true));
        body.remove("stream");
        assertThat(body).isEqualTo(write(request));
        assertThat(extra.keySet()).containsExactly("stream");
    }

    @Test
    void toJsonBytesWithExtraFieldsLeavesNullsOut() {
        JsonObject extra = new JsonObject();
        extra.addProperty("stream", true);

        String text = new String(codec.toJsonBytes(
                minimal().addMessage(AssistantMessage.of("a")).addMessage(ToolMessage.of("c", "r")).build(), extra),
                StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("null");
    }

    @Test
    void toJsonBytesWithoutExtraFieldsEqualsPlainSerialisation() {
        ChatCompletionRequest request = minimal().temperature(0.1).build();

        assertThat(codec.toJsonBytes(request, null)).isEqualTo(codec.toJsonBytes(request));
        assertThat(codec.toJsonBytes(request, new JsonObject())).isEqualTo(codec.toJsonBytes(request));
    }

    @Test
    void anAssistantMessageWithoutToolCallsSendsNoToolCallsField() {
        JsonObject written = writeMessage(AssistantMessage.of("Bonjour"));
        assertThat(written.has("tool_calls")).isFalse();
        assertThat(written.get("content").getAsString()).isEqualTo("Bonjour");

        JsonObject withCall = writeMessage(AssistantMessage.ofToolCalls(
                java.util.List.of(ToolCall.of("abc123def", "f", "{}"))));
        assertThat(withCall.getAsJsonArray("tool_calls")).hasSize(1);
        assertThat(withCall.has("content")).isFalse();
    }
}
