package io.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.impl.json.JsonCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' inputs are what they claim to be, so the figures are about the right work. */
class PayloadsTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void theEventStreamHasTheAskedEventsAndAnUsageEventBeforeDone() {
        List<CompletionChunk> chunks = AccumulatorBenchmark.decoded(Payloads.eventStream(1000));

        assertThat(chunks).hasSize(1001);
        assertThat(chunks.get(999).text()).isEqualTo(" word999");
        assertThat(chunks.get(1000).usage().completionTokens()).isEqualTo(1000);
    }

    @Test
    void theEmbeddingsAnswerHas32VectorsOf1024() {
        EmbeddingResponse response = codec.fromJson(Payloads.embeddingsAnswer(32, 1024), EmbeddingResponse.class);

        assertThat(response.data()).hasSize(32);
        assertThat(response.vectors()).allSatisfy(vector -> assertThat(vector).hasSize(1024));
    }

    @Test
    void theLargeRequestIsLargeAndTheTypicalOneIsNot() {
        assertThat(codec.toJsonBytes(Payloads.LARGE_REQUEST).length).isGreaterThan(20_000);
        assertThat(codec.toJsonBytes(Payloads.TYPICAL_REQUEST).length).isLessThan(400);
        assertThat(codec.fromJson(Payloads.STREAM_CHUNK, CompletionChunk.class).text()).isEqualTo(" Leonardo");
    }
}
