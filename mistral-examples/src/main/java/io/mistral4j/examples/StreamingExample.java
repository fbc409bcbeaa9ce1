package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import java.io.PrintStream;

/** An answer printed piece by piece as the server streams it. */
public final class StreamingExample {

    private StreamingExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model(model)
                .addUserMessage("Describe the river Seine in three sentences.")
                .build();

        int events = 0;
        try (ChatCompletionStream stream = client.chat().stream(request)) {
            for (CompletionChunk chunk : stream.asIterable()) {
                out.print(chunk.text());
                out.flush();
                events++;
            }
            out.println();
            out.printf("(%d events, %d completion tokens)%n", events,
                    stream.accumulated().usage() == null ? 0 : stream.accumulated().usage().completionTokens());
        }
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
