package io.mistral4j.tck.simulator.routes.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Embeddings a test can reason about: shared words bring texts closer. */
class EmbeddingVectorsTest {

    private static final int DIMENSION = 1024;

    @Test
    void textsThatShareWordsAreCloserThanTextsThatShareNone() {
        double related = similarity("the cat sat on the mat", "a cat on a mat");
        double unrelated = similarity("the cat sat on the mat", "interest rates rise in spring");

        assertThat(related).isGreaterThan(0.4);
        assertThat(unrelated).isLessThan(0.15);
    }

    @Test
    void sharedWordStemsCountToo() {
        assertThat(similarity("interest rates", "interest rate")).isGreaterThan(similarity("interest rates", "kittens"));
        assertThat(similarity("cat", "cats")).isGreaterThan(similarity("cat", "interest rates") + 0.2);
    }

    @Test
    void equalTextsEmbedEquallyAndVectorsHaveUnitLength() {
        float[] first = EmbeddingVectors.embed("Paris is in France", DIMENSION);

        assertThat(EmbeddingVectors.embed("Paris is in France", DIMENSION)).containsExactly(first);
        assertThat(similarity("Paris is in France", "Paris is in France")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(first).doesNotContain(0f);
    }

    @Test
    void differentTextsWithTheSameWordsStillDiffer() {
        assertThat(EmbeddingVectors.embed("dog bites man", DIMENSION))
                .isNotEqualTo(EmbeddingVectors.embed("man bites dog", DIMENSION));
        assertThat(similarity("dog bites man", "man bites dog")).isGreaterThan(0.95);
    }

    private static double similarity(String a, String b) {
        float[] x = EmbeddingVectors.embed(a, DIMENSION);
        float[] y = EmbeddingVectors.embed(b, DIMENSION);
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }
}
