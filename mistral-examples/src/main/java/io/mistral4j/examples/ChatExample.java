package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatService;
import java.io.PrintStream;
import java.time.Duration;

/** One question, one answer. */
public final class ChatExample {

    private ChatExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model(model)
                .addSystemMessage("You answer in one short sentence.")
                .addUserMessage("Who painted the Mona Lisa?")
                .temperature(0.2)
                .build();

        // Settings for some calls only: a view of the service with its own timeout and attempts.
        ChatService patient = client.chat().withOptions(RequestOptions.builder()
                .timeout(Duration.ofMinutes(2)).maxAttempts(4).build());
        ChatCompletionResponse response = patient.complete(request);

        out.println(response.text());
        out.printf("(%d prompt + %d completion tokens, finish reason %s)%n", response.usage().promptTokens(),
                response.usage().completionTokens(), response.firstChoice().finishReason());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
