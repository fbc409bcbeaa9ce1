package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.models.ModelCard;
import io.mistral4j.models.ModelList;
import java.io.PrintStream;

/** The models available to you and what they can do. */
public final class ModelsExample {

    private ModelsExample() {
    }

    public static void run(MistralClient client, PrintStream out) {
        ModelList models = client.models().list();

        out.printf("%d models available, %d of them fine-tuned%n", models.data().size(), models.fineTuned().size());
        models.data().stream().limit(5).forEach(model -> out.printf("  %-28s %7d tokens%s%s%n", model.id(),
                model.maxContextLength(), model.capabilities().functionCalling() ? "  tools" : "",
                model.capabilities().vision() ? "  vision" : ""));
        ModelCard small = client.models().retrieve("mistral-small-latest");
        out.printf("mistral-small-latest can be fine-tuned: %s%n", small.capabilities().fineTuning());
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, System.out);
        }
    }
}
