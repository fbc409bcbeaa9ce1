package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.text.Tokenizer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.mistral4j.tck.simulator.ChatBodies.PAYMENT_TOOL;
import static io.mistral4j.tck.simulator.ChatBodies.WEATHER_TOOL;
import static io.mistral4j.tck.simulator.ChatBodies.chat;
import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static io.mistral4j.tck.simulator.ChatBodies.tools;
import static org.assertj.core.api.Assertions.assertThat;

class ToolCallingTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    @Test
    void offeredToolIsCalledWithArgumentsThatFitItsSchema() {
        JsonObject request = chat("What's the weather like in Paris, in fahrenheit?");
        request.add("tools", tools(WEATHER_TOOL));

        JsonObject choice = firstChoice(request);

        assertThat(choice.get("finish_reason").getAsString()).isEqualTo("tool_calls");
        JsonObject message = choice.getAsJsonObject("message");
        assertThat(message.get("content").getAsString()).isEmpty();
        JsonArray calls = message.getAsJsonArray("tool_calls");
        assertThat(calls.size()).isEqualTo(1);
        JsonObject call = calls.get(0).getAsJsonObject();
        assertThat(call.get("id").getAsString()).matches("[A-Za-z0-9]{9}");
        assertThat(call.get("type").getAsString()).isEqualTo("function");
        assertThat(call.get("index").getAsInt()).isZero();
        JsonObject function = call.getAsJsonObject("function");
        assertThat(function.get("name").getAsString()).isEqualTo("get_weather");
        assertThat(function.get("arguments").isJsonPrimitive()).as("arguments is a JSON string").isTrue();
        JsonObject arguments = JsonParser.parseString(function.get("arguments").getAsString()).getAsJsonObject();
        assertThat(arguments.keySet()).contains("city", "unit");
        assertThat(arguments.get("city").getAsString()).isEqualTo("Paris");
        assertThat(arguments.get("unit").getAsString()).isEqualTo("fahrenheit");
        JsonObject parameters = tools(WEATHER_TOOL).get(0).getAsJsonObject()
                .getAsJsonObject("function").getAsJsonObject("parameters");
        assertThat(JsonSchemaCheck.problems(parameters, arguments)).isEmpty();
    }

    @Test
    void toolResultRoundTripEndsInText() {
        JsonObject request = chat("What is the status of transaction T1001?");
        request.add("tools", tools(PAYMENT_TOOL));
        JsonObject first = firstChoice(request).getAsJsonObject("message");
        JsonObject call = first.getAsJsonArray("tool_calls").get(0).getAsJsonObject();
        assertThat(JsonParser.parseString(call.getAsJsonObject("function").get("arguments").getAsString())
                .getAsJsonObject().get("transaction_id").getAsString()).isEqualTo("T1001");

        JsonObject assistant = new JsonObject();
        assistant.addProperty("role", "assistant");
        assistant.addProperty("content", "");
        assistant.add("tool_calls", first.getAsJsonArray("tool_calls"));
        JsonObject toolResult = ChatBodies.message("tool", "{\"status\":\"Paid\"}");
        toolResult.addProperty("tool_call_id", call.get("id").getAsString());
        request.getAsJsonArray("messages").add(assistant);
        request.getAsJsonArray("messages").add(toolResult);
        TestHttp.Response second = TestHttp.chat(SIMULATOR.simulator(), request);

        JsonObject choice = second.json().getAsJsonArray("choices").get(0).getAsJsonObject();
        assertThat(choice.get("finish_reason").getAsString()).isEqualTo("stop");
        assertThat(choice.getAsJsonObject("message").get("tool_calls").isJsonNull()).isTrue();
        assertThat(choice.getAsJsonObject("message").get("content").getAsString())
                .contains("retrieve_payment_status")
                .contains("{\"status\":\"Paid\"}");
    }

    @Test
    void toolChoiceNoneAnswersInText() {
        JsonObject request = chat("Weather in Oslo?");
        request.add("tools", tools(WEATHER_TOOL));
        request.addProperty("tool_choice", "none");

        JsonObject choice = firstChoice(request);

        assertThat(choice.get("finish_reason").getAsString()).isEqualTo("stop");
        assertThat(choice.getAsJsonObject("message").get("tool_calls").isJsonNull()).isTrue();
    }

    @Test
    void autoAnswersInTextWhenNoToolRelatesToTheQuestion() {
        JsonObject request = chat("Who painted the Mona Lisa?");
        request.add("tools", tools(WEATHER_TOOL, PAYMENT_TOOL));

        JsonObject choice = firstChoice(request);

        assertThat(choice.get("finish_reason").getAsString()).isEqualTo("stop");
        assertThat(choice.getAsJsonObject("message").get("tool_calls").isJsonNull()).isTrue();
        assertThat(choice.getAsJsonObject("message").get("content").getAsString()).isNotBlank();
    }

    @Test
    void requiredCallsAToolEvenWhenNoneRelates() {
        JsonObject request = chat("Who painted the Mona Lisa?");
        request.add("tools", tools(WEATHER_TOOL));
        request.addProperty("tool_choice", "required");

        assertThat(calledFunctions(request)).containsExactly("get_weather");
    }

    @Test
    void autoPicksTheMostRelevantTool() {
        JsonObject request = chat("Is it going to rain? Check the weather in Lyon");
        request.add("tools", tools(PAYMENT_TOOL, WEATHER_TOOL));

        assertThat(calledFunctions(request)).containsExactly("get_weather");
    }

    @Test
    void forcedFunctionIsCalledEvenAfterAToolResult() {
        JsonObject request = chat("Weather in Rome please");
        request.add("tools", tools(WEATHER_TOOL, PAYMENT_TOOL));
        request.add("tool_choice", parse("{\"type\":\"function\",\"function\":{\"name\":\"retrieve_payment_status\"}}"));

        assertThat(calledFunctions(request)).containsExactly("retrieve_payment_status");

        request.getAsJsonArray("messages").add(ChatBodies.message("tool", "done"));
        assertThat(calledFunctions(request)).containsExactly("retrieve_payment_status");
    }

    @Test
    void anyWithParallelCallsCallsEveryTool() {
        JsonObject request = chat("Weather in Nice and status of T42");
        request.add("tools", tools(WEATHER_TOOL, PAYMENT_TOOL));
        request.addProperty("tool_choice", "any");

        JsonArray calls = firstChoice(request).getAsJsonObject("message").getAsJsonArray("tool_calls");

        assertThat(calls.size()).isEqualTo(2);
        assertThat(calls.get(0).getAsJsonObject().get("index").getAsInt()).isZero();
        assertThat(calls.get(1).getAsJsonObject().get("index").getAsInt()).isEqualTo(1);
        assertThat(calls.get(0).getAsJsonObject().get("id")).isNotEqualTo(calls.get(1).getAsJsonObject().get("id"));
        assertThat(names(calls)).containsExactly("get_weather", "retrieve_payment_status");
    }

    @Test
    void requiredWithoutParallelCallsCallsOneTool() {
        JsonObject request = chat("Do something");
        request.add("tools", tools(WEATHER_TOOL, PAYMENT_TOOL));
        request.addProperty("tool_choice", "required");
        request.addProperty("parallel_tool_calls", false);

        assertThat(calledFunctions(request)).containsExactly("get_weather");
    }

    @Test
    void toolCallTokensCountAsCompletion() {
        JsonObject request = chat("Weather in Paris?");
        request.add("tools", tools(WEATHER_TOOL));

        JsonObject body = TestHttp.chat(SIMULATOR.simulator(), request).json();
        JsonObject fn = body.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
                .getAsJsonArray("tool_calls").get(0).getAsJsonObject().getAsJsonObject("function");

        assertThat(body.getAsJsonObject("usage").get("completion_tokens").getAsInt())
                .isEqualTo(Tokenizer.count(fn.get("name").getAsString()) + Tokenizer.count(fn.get("arguments").getAsString()));
    }

    private static JsonObject firstChoice(JsonObject request) {
        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), request);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getAsJsonArray("choices").get(0).getAsJsonObject();
    }

    private static List<String> calledFunctions(JsonObject request) {
        return names(firstChoice(request).getAsJsonObject("message").getAsJsonArray("tool_calls"));
    }

    private static List<String> names(JsonArray calls) {
        return calls.asList().stream().map(JsonElement::getAsJsonObject)
                .map(c -> c.getAsJsonObject("function").get("name").getAsString()).toList();
    }
}
