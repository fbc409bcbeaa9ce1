package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.Message;
import io.mistral4j.classifiers.ChatModerationRequest;
import io.mistral4j.classifiers.ClassificationRequest;
import io.mistral4j.classifiers.ModerationResponse;
import io.mistral4j.classifiers.ModerationResult;
import java.io.PrintStream;
import java.util.List;

/** Moderates texts, then a whole conversation. */
public final class ModerationExample {

    static final String MODEL = "mistral-moderation-latest";

    private ModerationExample() {
    }

    public static void run(MistralClient client, PrintStream out) {
        List<String> texts = List.of("Have a wonderful day!", "I am going to kill you.");

        ModerationResponse verdicts = client.classifiers().moderate(ClassificationRequest.builder()
                .model(MODEL)
                .input(texts)
                .build());

        for (int i = 0; i < texts.size(); i++) {
            ModerationResult result = verdicts.results().get(i);
            out.printf("\"%s\" -> %s%n", texts.get(i),
                    result.flagged() ? "flagged: " + result.flaggedCategories() : "not flagged");
        }

        ModerationResponse conversation = client.classifiers().moderateChat(ChatModerationRequest.builder()
                .model(MODEL)
                .messages(Message.user("How do I change my delivery address?"),
                        Message.assistant("Open your account settings and edit the address there."))
                .build());
        out.println("The support conversation is " + (conversation.flagged() ? "flagged" : "not flagged"));
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, System.out);
        }
    }
}
