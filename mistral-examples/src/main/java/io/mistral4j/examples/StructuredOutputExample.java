package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.StructuredResponse;
import io.mistral4j.schema.Description;
import java.io.PrintStream;

/** An answer read as a record: the request carries the record's strict JSON schema. */
public final class StructuredOutputExample {

    /** The shape of the answer; its components become the schema's required properties. */
    @Description("A novel")
    public record Book(String title, String author, @Description("Year of first publication") int year) {
    }

    private StructuredOutputExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model(model)
                .addUserMessage("Name one classic French novel published after 1850.")
                .build();

        StructuredResponse<Book> answer = client.chat().complete(request, Book.class);
        out.println(answer.response().text());
        Book book = answer.value();
        out.printf("as a record: %s by %s (%d)%n", book.title(), book.author(), book.year());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
