package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.chat.ChatCompletionResponse;
import java.io.PrintStream;

/** An agent keeps a model, its instructions and its settings; ask it by id, then delete it. */
public final class AgentsExample {

    private AgentsExample() {
    }

    public static void run(MistralClient client, String model, PrintStream out) {
        Agent agent = client.agents().create(AgentCreationRequest.builder()
                .model(model)
                .name("tour-pirate")
                .description("Answers in one short sentence, like a pirate")
                .instructions("You are a pirate. Answer in one short sentence.")
                .completionArgs(CompletionArgs.builder().temperature(0.3).build())
                .build());
        out.printf("created agent %s (%s, version %d)%n", agent.id(), agent.model(), agent.version());
        try {
            ChatCompletionResponse answer = client.agents().complete(AgentsCompletionRequest.builder()
                    .agentId(agent.id())
                    .addUserMessage("Who painted the Mona Lisa?")
                    .build());
            out.println(answer.text());
            out.printf("(answered by %s, %d completion tokens)%n", answer.model(),
                    answer.usage().completionTokens());
        } finally {
            client.agents().delete(agent.id());
            out.printf("deleted agent %s%n", agent.id());
        }
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, Tour.model(), System.out);
        }
    }
}
