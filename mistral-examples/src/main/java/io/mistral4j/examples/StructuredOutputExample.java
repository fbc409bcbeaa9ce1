package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ResponseFormat;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** An answer that must be JSON following a schema. */
public final class StructuredOutputExample {

    private static final Map<String, Object> BOOK = Map.of(
            "type", "object",
            "properties", Map.of(
                    "title", Map.of("type", "string"),
                    "author", Map.of("type", "string"),
                    "year", Map.of("type", "integer", "minimum", 1000, "maximum", 2100)),
            "required", List.of("title", "author", "year"),
            "additionalProperties", false);

    private StructuredOutputExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model(model)
                .addUserMessage("Name one classic French novel.")
                .responseFormat(ResponseFormat.jsonSchema("book", BOOK))
                .build();

        out.println(client.chat().complete(request).text());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
