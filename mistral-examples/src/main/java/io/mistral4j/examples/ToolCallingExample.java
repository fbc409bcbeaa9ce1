package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.schema.Description;
import io.mistral4j.tools.JavaTool;
import io.mistral4j.tools.ToolRunResult;
import io.mistral4j.tools.ToolRunner;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Two tools written in Java and the loop that runs them: the model asks for both, the runner
 * calls them in parallel and sends the results back, and the model answers with them.
 */
public final class ToolCallingExample {

    /** The arguments both tools take. */
    public record City(@Description("City name, e.g. Paris") String city) {
    }

    private ToolCallingExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        ToolRunner runner = ToolRunner.builder(client.chat())
                .tool(JavaTool.of("get_weather", "Current weather in a city", City.class, ToolCallingExample::weatherIn))
                .tool(JavaTool.of("get_local_time", "Current local time in a city", City.class, city -> "14:05"))
                .toolTimeout(Duration.ofSeconds(10))
                .listener(execution -> out.printf("model calls %s(%s)%napplication returns %s%n",
                        execution.call().function().name(), execution.call().function().arguments(), execution.result()))
                .build();

        ToolRunResult result = runner.run(ChatCompletionRequest.builder()
                .model(model)
                .addUserMessage("What is the weather like in Paris today, and what time is it there?")
                .build());
        out.printf("%s%n(%d rounds)%n", result.text(), result.rounds());
    }

    /** Stands in for a real weather service. */
    private static String weatherIn(City city) {
        return "{\"temperature\":18,\"unit\":\"celsius\",\"sky\":\"light clouds\",\"city\":\"" + city.city() + "\"}";
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
