package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.fim.FimCompletionRequest;
import java.io.PrintStream;

/** Code completion that fills the gap between the code before and the code after the cursor. */
public final class FimExample {

    static final String MODEL = "codestral-latest";

    private FimExample() {
    }

    public static void run(MistralClient client, PrintStream out) {
        FimCompletionRequest request = FimCompletionRequest.builder()
                .model(MODEL)
                .prompt("def fibonacci(n: int) -> int:\n    ")
                .suffix("\n\nprint(fibonacci(10))")
                .maxTokens(64)
                .build();

        ChatCompletionResponse middle = client.fim().complete(request);

        out.println("Between the prompt and the suffix the model writes:");
        out.println(middle.text().strip());
        out.printf("(%d prompt + %d completion tokens)%n", middle.usage().promptTokens(),
                middle.usage().completionTokens());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, System.out);
        }
    }
}
