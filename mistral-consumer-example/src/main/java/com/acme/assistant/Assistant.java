package com.acme.assistant;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;

/** Answers questions with a Mistral model; knows Mistral4J through its API only. */
public final class Assistant {

    private final MistralClient client;
    private final String model;

    public Assistant(MistralClient client, String model) {
        this.client = client;
        this.model = model;
    }

    public String answer(String question) {
        return client.chat().complete(ChatCompletionRequest.builder()
                .model(model)
                .addSystemMessage("Answer in one sentence.")
                .addUserMessage(question)
                .build()).text();
    }
}
