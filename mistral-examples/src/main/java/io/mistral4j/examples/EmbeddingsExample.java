package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.embeddings.EncodingFormat;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Embeds a few sentences in one call and compares them by cosine similarity. */
public final class EmbeddingsExample {

    static final String MODEL = "mistral-embed";

    private EmbeddingsExample() {
    }

    public static void run(MistralClient client, PrintStream out) {
        List<String> sentences = List.of(
                "The cat sleeps on the sofa.",
                "A kitten naps on the couch.",
                "Interest rates rose again this quarter.");

        EmbeddingResponse response = client.embeddings().create(EmbeddingRequest.builder()
                .model(MODEL)
                .input(sentences)
                .encodingFormat(EncodingFormat.BASE64) // smaller on the wire, decoded to the same float[]
                .build());

        out.printf("%d vectors of %d dimensions (%d prompt tokens)%n", response.data().size(),
                response.embedding(0).dimension(), response.usage().promptTokens());
        for (int i = 1; i < sentences.size(); i++) {
            out.printf(Locale.ROOT, "similarity(\"%s\", \"%s\") = %.3f%n", sentences.get(0), sentences.get(i),
                    response.embedding(0).cosineSimilarity(response.embedding(i)));
        }
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            run(client, System.out);
        }
    }
}
