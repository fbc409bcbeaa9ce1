package io.mistral4j.benchmarks.load;

import io.mistral4j.MistralClient;
import io.mistral4j.benchmarks.Payloads;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;

/** The library's calls, through whichever client it is given. */
final class LibraryClient implements LoadClient {

    private final MistralClient client;
    private final EmbeddingRequest embeddings = WireRequests.embeddingRequest();

    LibraryClient(MistralClient client) {
        this.client = client;
    }

    @Override
    public void chat() {
        Blackhole.consume(client.chat().complete(Payloads.TYPICAL_REQUEST));
    }

    @Override
    public StreamResult stream(long started) {
        int chunks = 0;
        long first = -1;
        try (ChatCompletionStream stream = client.chat().stream(Payloads.TYPICAL_REQUEST)) {
            while (stream.hasNext()) {
                CompletionChunk chunk = stream.next();
                if (chunks++ == 0) {
                    first = System.nanoTime() - started;
                }
                Blackhole.consume(chunk);
            }
        }
        return new StreamResult(chunks, first);
    }

    @Override
    public void embeddings() {
        EmbeddingResponse response = client.embeddings().create(embeddings);
        if (response.data().size() != 32 || response.data().get(0).vector().length != 1024) {
            throw new IllegalStateException("unexpected embeddings answer: " + response.data().size() + " vectors");
        }
        Blackhole.consume(response);
    }

    @Override
    public void close() {
        client.close();
    }
}
