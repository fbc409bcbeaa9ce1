package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.agents.AgentTool;
import io.mistral4j.conversations.Conversation;
import io.mistral4j.conversations.ConversationEntry;
import io.mistral4j.conversations.ConversationEvent;
import io.mistral4j.conversations.ConversationStartRequest;
import io.mistral4j.conversations.ConversationStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * A conversation kept by the server: the model calls a function, the application answers it,
 * a follow-up is streamed as events, and the conversation is restarted from its first entry.
 */
public final class ConversationsExample {

    private ConversationsExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        AgentTool weather = AgentTool.function("get_weather", "The current weather in a city",
                Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")),
                        "required", java.util.List.of("city")));
        Conversation conversation = client.conversations().conversation(ConversationStartRequest.builder()
                .model(model)
                .instructions("Use get_weather for questions about the weather.")
                .addTool(weather)
                .input("Please call get_weather: what is the weather in Paris?")
                .build());
        out.printf("started conversation %s%n", conversation.id());
        for (ConversationEntry.FunctionCall call : conversation.pendingCalls()) {
            out.printf("model calls %s(%s)%n", call.name(), call.arguments());
        }
        String answer = conversation.answerCalls(call -> "{\"temperature\":18,\"sky\":\"clear\"}").text();
        out.println("answer: " + answer);

        int deltas = 0;
        try (ConversationStream stream = conversation.sendStream("Thank you!")) {
            while (stream.hasNext()) {
                if (stream.next() instanceof ConversationEvent.MessageOutputDelta) {
                    deltas++;
                }
            }
            out.printf("streamed: %d message deltas: %s%n", deltas, stream.accumulated().text());
        }

        String original = conversation.id();
        String firstEntry = conversation.history().entries().get(0).id();
        conversation.restartFrom(firstEntry, "What about Lyon?");
        out.printf("restarted from %s as %s (%d entries)%n", firstEntry, conversation.id(),
                conversation.history().entries().size());
        client.conversations().delete(conversation.id());
        client.conversations().delete(original);
        out.println("deleted both conversations");
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
