package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.text.Tokenizer;

/**
 * Fixed answer lengths for load tests: a plain text answer of exactly {@code characters}
 * characters, a streamed one of exactly {@code streamedPieces} content events (one word each),
 * made by repeating the composed answer. Zero leaves that length as composed. Tool calls and
 * JSON answers are never reshaped.
 */
public record AnswerLength(int characters, int streamedPieces) {

    public static final AnswerLength NATURAL = new AnswerLength(0, 0);

    public AnswerLength {
        if (characters < 0 || streamedPieces < 0) {
            throw new IllegalArgumentException("answer lengths must not be negative");
        }
    }

    GeneratedChoice apply(GeneratedChoice choice, boolean stream, String responseFormat) {
        int wanted = stream ? streamedPieces : characters;
        if (wanted == 0 || choice.toolCalls() != null || !"text".equals(responseFormat)
                || choice.text().isBlank()) {
            return choice;
        }
        String text = stream ? words(choice.text(), wanted) : characters(choice.text(), wanted);
        int tokens = Tokenizer.count(text) + (choice.thinking() == null ? 0 : Tokenizer.count(choice.thinking()));
        return new GeneratedChoice(choice.index(), text, choice.thinking(), null, choice.finishReason(), tokens);
    }

    static String characters(String text, int length) {
        StringBuilder out = new StringBuilder(length + text.length() + 1);
        while (out.length() < length) {
            out.append(out.length() == 0 ? "" : " ").append(text);
        }
        out.setLength(length);
        return out.toString();
    }

    /** {@code count} words separated by single spaces, so that {@link Tokenizer#pieces} gives {@code count} pieces. */
    static String words(String text, int count) {
        String[] words = text.trim().split("\\s+");
        StringBuilder out = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i % words.length]);
        }
        return out.toString();
    }
}
