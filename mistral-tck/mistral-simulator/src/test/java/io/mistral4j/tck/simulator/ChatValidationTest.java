package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.mistral4j.tck.simulator.ChatBodies.chat;
import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

class ChatValidationTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    @Test
    void nonJsonBodyIs400WithTheMistralErrorShape() {
        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), "/v1/chat/completions", "model=mistral-small-latest");

        assertThat(r.status()).isEqualTo(400);
        JsonObject error = r.json();
        assertThat(error.keySet()).containsExactlyInAnyOrder("object", "message", "type", "param", "code");
        assertThat(error.get("object").getAsString()).isEqualTo("error");
        assertThat(error.get("type").getAsString()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").isJsonNull()).isTrue();
        assertThat(error.get("code").isJsonNull()).isTrue();
        assertThat(error.get("message").getAsString()).isNotBlank();
    }

    @Test
    void jsonThatIsNotAnObjectIs400() {
        assertThat(TestHttp.post(SIMULATOR.simulator(), "/v1/chat/completions", "[1,2]").status()).isEqualTo(400);
        assertThat(TestHttp.post(SIMULATOR.simulator(), "/v1/chat/completions", "\"text\"").status()).isEqualTo(400);
    }

    @Test
    void emptyBodyIs422MissingBody() {
        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), "/v1/chat/completions", "");

        assertThat(r.status()).isEqualTo(422);
        assertThat(single(r)).isEqualTo(parse(
                "{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}"));
    }

    @Test
    void missingModelIs422WithPydanticDetail() {
        JsonObject body = chat("Hello");
        body.remove("model");

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().keySet()).containsExactly("detail");
        JsonObject expected = new JsonObject();
        expected.addProperty("type", "missing");
        expected.add("loc", JsonParser.parseString("[\"body\",\"model\"]"));
        expected.addProperty("msg", "Field required");
        expected.add("input", body);
        assertThat(single(r)).isEqualTo(expected);
    }

    @Test
    void unknownTopLevelFieldIsExtraForbidden() {
        JsonObject body = chat("Hello");
        body.addProperty("temprature", 0.2);

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(single(r)).isEqualTo(parse("""
                {"type":"extra_forbidden","loc":["body","temprature"],
                 "msg":"Extra inputs are not permitted","input":0.2}"""));
    }

    @Test
    void negativeMaxTokensIsGreaterThanEqual() {
        JsonObject body = chat("Hello");
        body.addProperty("max_tokens", -5);

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(single(r)).isEqualTo(parse("""
                {"type":"greater_than_equal","loc":["body","max_tokens"],
                 "msg":"Input should be greater than or equal to 0","input":-5,"ctx":{"ge":0}}"""));
    }

    @Test
    void unknownRoleIsAnInvalidUnionTag() {
        JsonObject body = chat("Hello");
        body.getAsJsonArray("messages").add(ChatBodies.message("narrator", "Once upon a time"));

        JsonObject error = single(TestHttp.chat(SIMULATOR.simulator(), body));

        assertThat(error.get("type").getAsString()).isEqualTo("union_tag_invalid");
        assertThat(error.get("loc")).isEqualTo(JsonParser.parseString("[\"body\",\"messages\",1]"));
        assertThat(error.get("msg").getAsString()).isEqualTo("Input tag 'narrator' found using 'role' does not match "
                + "any of the expected tags: 'assistant', 'system', 'tool', 'user'");
        assertThat(error.getAsJsonObject("ctx").get("tag").getAsString()).isEqualTo("narrator");
    }

    @Test
    void missingRoleIsATagNotFound() {
        JsonObject body = chat("Hello");
        body.getAsJsonArray("messages").get(0).getAsJsonObject().remove("role");

        JsonObject error = single(TestHttp.chat(SIMULATOR.simulator(), body));

        assertThat(error.get("type").getAsString()).isEqualTo("union_tag_not_found");
        assertThat(error.get("loc")).isEqualTo(JsonParser.parseString("[\"body\",\"messages\",0]"));
    }

    @Test
    void collectsEveryProblemInOneAnswer() {
        JsonObject body = parse("""
                {"model": 42, "temperature": 2.0, "top_p": -0.1, "n": 0, "random_seed": -1,
                 "presence_penalty": 3, "frequency_penalty": -2.5, "stream": "yes",
                 "messages": [
                   {"role": "user"},
                   {"role": "user", "content": "hi", "name": "bob"},
                   {"role": "user", "content": [{"type": "text"}, {"type": "video", "url": "x"}]},
                   {"role": "system", "content": 7}
                 ],
                 "tools": [{"type": "function", "function": {"name": "f", "parameters": {}, "returns": "x"}}],
                 "tool_choice": "sometimes",
                 "response_format": {"type": "yaml"}}""");

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).isEqualTo(422);
        List<String> problems = r.json().getAsJsonArray("detail").asList().stream()
                .map(e -> e.getAsJsonObject().get("type").getAsString() + " " + e.getAsJsonObject().get("loc"))
                .toList();
        assertThat(problems).containsExactlyInAnyOrder(
                "string_type [\"body\",\"model\"]",
                "less_than_equal [\"body\",\"temperature\"]",
                "greater_than_equal [\"body\",\"top_p\"]",
                "bool_type [\"body\",\"stream\"]",
                "greater_than_equal [\"body\",\"random_seed\"]",
                "missing [\"body\",\"messages\",0,\"content\"]",
                "extra_forbidden [\"body\",\"messages\",1,\"name\"]",
                "missing [\"body\",\"messages\",2,\"content\",0,\"text\"]",
                "union_tag_invalid [\"body\",\"messages\",2,\"content\",1]",
                "string_type [\"body\",\"messages\",3,\"content\",\"str\"]",
                "list_type [\"body\",\"messages\",3,\"content\",\"list[SystemMessageContentChunks]\"]",
                "enum [\"body\",\"response_format\",\"type\"]",
                "extra_forbidden [\"body\",\"tools\",0,\"function\",\"returns\"]",
                "enum [\"body\",\"tool_choice\"]",
                "less_than_equal [\"body\",\"presence_penalty\"]",
                "greater_than_equal [\"body\",\"frequency_penalty\"]",
                "greater_than_equal [\"body\",\"n\"]");
    }

    @Test
    void toolChoiceAndResponseFormatObjectsAreChecked() {
        JsonObject body = chat("Hello");
        body.add("tools", ChatBodies.tools(ChatBodies.WEATHER_TOOL));
        body.add("tool_choice", parse("{\"type\":\"function\",\"function\":{}}"));
        body.add("response_format", parse("{\"type\":\"json_schema\",\"json_schema\":{\"strict\":true}}"));

        List<String> problems = TestHttp.chat(SIMULATOR.simulator(), body).json().getAsJsonArray("detail").asList().stream()
                .map(e -> e.getAsJsonObject().get("type").getAsString() + " " + e.getAsJsonObject().get("loc"))
                .toList();

        assertThat(problems).containsExactlyInAnyOrder(
                "missing [\"body\",\"response_format\",\"json_schema\",\"name\"]",
                "missing [\"body\",\"response_format\",\"json_schema\",\"schema\"]",
                "missing [\"body\",\"tool_choice\",\"function\",\"name\"]");
    }

    @Test
    void integersMustBeWhole() {
        JsonObject body = chat("Hello");
        body.addProperty("max_tokens", 10.5);
        body.addProperty("n", 2.0); // a whole float is accepted, as pydantic does

        JsonObject error = single(TestHttp.chat(SIMULATOR.simulator(), body));

        assertThat(error.get("type").getAsString()).isEqualTo("int_from_float");
        assertThat(error.get("loc")).isEqualTo(JsonParser.parseString("[\"body\",\"max_tokens\"]"));
    }

    // An audio model, since the body holds an input_audio chunk.
    @Test
    void everyDocumentedFieldIsAccepted() {
        JsonObject body = parse("""
                {"model": "voxtral-small-latest", "temperature": 0.7, "top_p": 1, "max_tokens": 200,
                 "stream": false, "stop": ["\\n\\n"], "random_seed": 42, "metadata": {"k": "v"},
                 "messages": [
                   {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
                   {"role": "user", "content": [
                      {"type": "text", "text": "Look"},
                      {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "high"}},
                      {"type": "image_url", "image_url": "data:image/png;base64,AAAA"},
                      {"type": "document_url", "document_url": "https://example.com/a.pdf", "document_name": "a.pdf"},
                      {"type": "file", "file_id": "123e4567-e89b-42d3-a456-426614174000"},
                      {"type": "input_audio", "input_audio": "AAAA"},
                      {"type": "reference", "reference_ids": [1, "doc-2"]}]},
                   {"role": "assistant", "content": null, "tool_calls": [
                      {"id": "abc123DEF", "type": "function", "index": 0,
                       "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}], "prefix": false},
                   {"role": "tool", "content": "sunny", "tool_call_id": "abc123DEF", "name": "get_weather"},
                   {"role": "assistant", "content": [{"type": "thinking", "thinking": [{"type": "text", "text": "hm"}],
                      "signature": "sig", "closed": true}, {"type": "text", "text": "It is"}], "prefix": true}],
                 "response_format": {"type": "text"},
                 "tools": [%s], "tool_choice": "auto",
                 "presence_penalty": 0.5, "frequency_penalty": -0.5, "n": 1,
                 "prediction": {"type": "content", "content": ""}, "parallel_tool_calls": true,
                 "prompt_mode": null, "reasoning_effort": "high",
                 "guardrails": [{"block_on_error": false, "moderation_llm_v1": null}],
                 "prompt_cache_key": "conv-1", "service_tier": "standard_only",
                 "safe_prompt": false}""".formatted(ChatBodies.WEATHER_TOOL));

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void unknownModelIs400InvalidModel() {
        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), chat("gpt-4o", "Hello"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json()).isEqualTo(parse("""
                {"object":"error","message":"Invalid model: gpt-4o","type":"invalid_model","param":null,"code":"1500"}"""));
    }

    @Test
    void modelsWithoutChatAreRejected() {
        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), chat("mistral-embed", "Hello"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").getAsString()).isEqualTo("1500");
    }

    @Test
    void schemaProblemsWinOverAnUnknownModel() {
        JsonObject body = chat("gpt-4o", "Hello");
        body.addProperty("bogus", true);

        assertThat(TestHttp.chat(SIMULATOR.simulator(), body).status()).isEqualTo(422);
    }

    @Test
    void conversationMustNotEndWithAPlainAssistantMessage() {
        JsonObject body = chat("Hello");
        body.getAsJsonArray("messages").add(ChatBodies.message("assistant", "Hi!"));

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").getAsString()).isEqualTo("3230");
    }

    @Test
    void forcedFunctionMustBeOffered() {
        JsonObject body = chat("Hello");
        body.add("tools", ChatBodies.tools(ChatBodies.WEATHER_TOOL));
        body.add("tool_choice", parse("{\"type\":\"function\",\"function\":{\"name\":\"launch_rocket\"}}"));

        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").getAsString()).contains("launch_rocket");
    }

    @Test
    void emptyMessagesAreRejected() {
        JsonObject body = chat("Hello");
        body.add("messages", new JsonArray());

        assertThat(TestHttp.chat(SIMULATOR.simulator(), body).status()).isEqualTo(400);
    }

    private static JsonObject single(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonArray detail = r.json().getAsJsonArray("detail");
        assertThat(detail.asList()).as(r.body()).hasSize(1);
        JsonElement only = detail.get(0);
        return only.getAsJsonObject();
    }
}
