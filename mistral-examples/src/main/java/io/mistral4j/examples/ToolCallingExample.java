package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolChoice;
import io.mistral4j.chat.ToolMessage;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The model asks for a function call, the application runs it, the model answers with the result. */
public final class ToolCallingExample {

    private static final Tool WEATHER = Tool.function("get_weather", "Current weather in a city",
            Map.of("type", "object",
                    "properties", Map.of(
                            "city", Map.of("type", "string", "description", "City name"),
                            "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit"))),
                    "required", List.of("city")));

    private ToolCallingExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        ChatCompletionRequest first = ChatCompletionRequest.builder()
                .model(model)
                .addUserMessage("What is the weather like in Paris today?")
                .addTool(WEATHER)
                .toolChoice(ToolChoice.any())
                .build();

        ChatCompletionResponse call = client.chat().complete(first);
        ChatCompletionRequest.Builder followUp = first.toBuilder().toolChoice(ToolChoice.auto())
                .addMessage(call.message());
        for (ToolCall toolCall : call.toolCalls()) {
            out.printf("model calls %s(%s)%n", toolCall.function().name(), toolCall.function().arguments());
            String result = getWeather(toolCall.function().arguments());
            out.printf("application returns %s%n", result);
            followUp.addMessage(ToolMessage.of(toolCall, result));
        }

        ChatCompletionResponse answer = client.chat().complete(followUp.build());
        out.println(answer.text());
    }

    /** Stands in for a real weather service. */
    private static String getWeather(String argumentsJson) {
        return "{\"temperature\":18,\"unit\":\"celsius\",\"sky\":\"light clouds\",\"query\":" + argumentsJson + "}";
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
