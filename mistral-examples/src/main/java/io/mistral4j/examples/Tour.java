package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * A tour of Mistral4J. With {@code MISTRAL_API_KEY} set it talks to the real API (or to
 * {@code MISTRAL_BASE_URL}, any Mistral-compatible server); without it, to the embedded
 * simulator, so it runs offline.
 */
public final class Tour {

    private Tour() {
    }

    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /** Runs every part; returns normally only if all of them succeeded. */
    public static void run(Map<String, String> environment, PrintStream out) {
        String key = environment.get("MISTRAL_API_KEY");
        boolean offline = key == null || key.isBlank();
        // Offline, simulated time runs ten minutes a second, so batch and fine-tuning jobs end within the tour.
        MistralSimulator simulator = offline
                ? MistralSimulator.builder().clock(SimulatedClock.accelerated(600)).start() : null;
        Duration pollInterval = offline ? Duration.ofMillis(50) : Duration.ofSeconds(15);
        try (MistralClient client = offline
                ? MistralClient.builder().apiKey("tour-local-key").baseUrl(simulator.baseUrl()).build()
                : MistralClient.fromEnv()) {
            out.println(offline ? "Mistral4J tour against the embedded simulator at " + simulator.baseUrl()
                    : "Mistral4J tour against " + client.options().baseUrl());
            String model = model(environment);

            section(out, "1. Chat");
            ChatExample.run(client, model, out);
            section(out, "2. Streaming");
            StreamingExample.run(client, model, out);
            section(out, "3. Tool calling");
            ToolCallingExample.run(client, model, out);
            section(out, "4. Structured output (JSON schema)");
            StructuredOutputExample.run(client, model, out);
            section(out, "5. Agents");
            AgentsExample.run(client, model, out);
            section(out, "6. Code completion (fill in the middle)");
            FimExample.run(client, out);
            section(out, "7. Embeddings");
            EmbeddingsExample.run(client, out);
            section(out, "8. Moderation");
            ModerationExample.run(client, out);
            section(out, "9. OCR");
            OcrExample.run(client, out);
            section(out, "10. Audio: transcription and speech");
            AudioExample.run(client, out);
            section(out, "11. Models");
            ModelsExample.run(client, out);
            section(out, "12. Files and batch");
            BatchExample.run(client, model, out, pollInterval);
            section(out, "13. Fine-tuning");
            FineTuningExample.run(client, model, out, offline, pollInterval);
            section(out, "14. Conversations");
            ConversationsExample.run(client, model, out);
            section(out, "15. Document libraries");
            LibrariesExample.run(client, out, pollInterval);
            out.println();
            out.println("Tour complete.");
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    static String model() {
        return model(System.getenv());
    }

    private static String model(Map<String, String> environment) {
        String model = environment.get("MISTRAL_MODEL");
        return model == null || model.isBlank() ? "mistral-small-latest" : model;
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println("== " + title + " ==");
    }
}
