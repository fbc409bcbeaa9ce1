package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Request bodies used across the chat tests. */
final class ChatBodies {

    private ChatBodies() {
    }

    static JsonObject chat(String model, String userText) {
        JsonObject body = new JsonObject();
        body.addProperty("model", model);
        JsonArray messages = new JsonArray();
        messages.add(message("user", userText));
        body.add("messages", messages);
        return body;
    }

    static JsonObject chat(String userText) {
        return chat("mistral-small-latest", userText);
    }

    static JsonObject message(String role, String content) {
        JsonObject m = new JsonObject();
        m.addProperty("role", role);
        m.addProperty("content", content);
        return m;
    }

    static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    static final String WEATHER_TOOL = """
            {"type":"function","function":{"name":"get_weather","description":"Get the current weather for a city",
             "parameters":{"type":"object","properties":{
                "city":{"type":"string","description":"City name"},
                "unit":{"type":"string","enum":["celsius","fahrenheit"]},
                "days":{"type":"integer","minimum":1,"maximum":7}},
              "required":["city","unit"]}}}""";

    static final String PAYMENT_TOOL = """
            {"type":"function","function":{"name":"retrieve_payment_status","description":"Get payment status of a transaction",
             "parameters":{"type":"object","properties":{"transaction_id":{"type":"string"}},"required":["transaction_id"]}}}""";

    static JsonArray tools(String... tools) {
        JsonArray array = new JsonArray();
        for (String t : tools) {
            array.add(parse(t));
        }
        return array;
    }
}
