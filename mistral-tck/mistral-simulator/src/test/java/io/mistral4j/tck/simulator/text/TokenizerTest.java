package io.mistral4j.tck.simulator.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    @Test
    void countsWordsAndPunctuation() {
        assertThat(Tokenizer.count("Hello, world!")).isEqualTo(4);
        assertThat(Tokenizer.count("")).isZero();
        assertThat(Tokenizer.count("  ")).isZero();
        assertThat(Tokenizer.count("{\"a\":1}")).isEqualTo(7);
        assertThat(Tokenizer.count("déjà vu")).isEqualTo(2);
    }

    @Test
    void truncatesToATokenBudget() {
        assertThat(Tokenizer.truncate("Hello, world! Bye", 3)).isEqualTo("Hello, world");
        assertThat(Tokenizer.truncate("Hello", 0)).isEmpty();
        assertThat(Tokenizer.truncate("Hello", 9)).isEqualTo("Hello");
    }

    @Test
    void piecesConcatenateBackToTheText() {
        for (String text : new String[] {"Simulated answer to: x.", "  lead and trail  ", "one", "", "a\nb\tc "}) {
            assertThat(String.join("", Tokenizer.pieces(text))).isEqualTo(text);
        }
        assertThat(Tokenizer.pieces("a b c")).containsExactly("a", " b", " c");
    }
}
