package io.mistral4j.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mistral4j.chat.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

    @Test
    void equalityComparesVectorContents() {
        Embedding a = new Embedding("embedding", new float[] {0.1f, 0.2f}, 0);
        Embedding b = new Embedding("embedding", new float[] {0.1f, 0.2f}, 0);
        Embedding c = new Embedding("embedding", new float[] {0.1f, 0.3f}, 0);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a).isNotEqualTo(new Embedding("embedding", new float[] {0.1f, 0.2f}, 1));
    }

    @Test
    void toStringShowsTheDimensionAndOnlyTheFirstValues() {
        float[] vector = new float[1024];
        vector[0] = 0.5f;
        vector[1000] = 0.123456f;

        String text = new Embedding("embedding", vector, 3).toString();

        assertThat(text).contains("index=3", "dimension=1024", "0.5").doesNotContain("0.123456");
        assertThat(text.length()).isLessThan(100);
    }

    @Test
    void integerDtypesBecomeBytes() {
        Embedding uint8 = new Embedding("embedding", new float[] {0, 127, 128, 255}, 0);
        Embedding int8 = new Embedding("embedding", new float[] {-128, -1, 0, 127}, 0);

        assertThat(uint8.toByteArray()).containsExactly(0, 127, (byte) 128, (byte) 255);
        assertThat(int8.toByteArray()).containsExactly(-128, -1, 0, 127);
        assertThatThrownBy(() -> new Embedding("embedding", new float[] {0.5f}, 0).toByteArray())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("0.5");
    }

    @Test
    void cosineSimilarity() {
        Embedding x = new Embedding(null, new float[] {1, 0}, 0);
        Embedding y = new Embedding(null, new float[] {0, 2}, 1);
        Embedding minusX = new Embedding(null, new float[] {-3, 0}, 2);

        assertThat(x.cosineSimilarity(x)).isCloseTo(1, within(1e-9));
        assertThat(x.cosineSimilarity(y)).isCloseTo(0, within(1e-9));
        assertThat(x.cosineSimilarity(minusX)).isCloseTo(-1, within(1e-9));
        assertThatThrownBy(() -> x.cosineSimilarity(new Embedding(null, new float[3], 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void responseVectorsFollowTheInputIndexWhateverTheOrderOfData() {
        float[] first = {1};
        float[] second = {2};
        EmbeddingResponse response = new EmbeddingResponse("id", "list", "mistral-embed", Usage.of(2, 0),
                List.of(new Embedding("embedding", second, 1), new Embedding("embedding", first, 0)));

        assertThat(response.vectors()).containsExactly(first, second);
        assertThat(response.embedding(1).vector()).isSameAs(second);
        assertThatThrownBy(() -> response.embedding(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
