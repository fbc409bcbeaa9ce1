package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import java.io.PrintStream;

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

        ChatCompletionResponse response = client.chat().complete(request);

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
