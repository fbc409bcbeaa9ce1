package io.mistral4j.tck.simulator.routes.fim;

import io.mistral4j.tck.simulator.routes.chat.GeneratedChoice;
import io.mistral4j.tck.simulator.text.Tokenizer;

import java.util.List;

/**
 * Writes the deterministic middle of a fill-in-the-middle request: a code comment naming the
 * line it continues and the line it leads into, so tests can see both ends were read. Honours
 * {@code stop}, {@code min_tokens} and {@code max_tokens}; {@code random_seed} picks the wording.
 */
public final class FimGenerator {

    private static final List<String> OPENINGS = List.of(
            "# simulated fill-in-the-middle after `",
            "# simulated completion following `",
            "# simulated code continuing `");
    private static final String FILLER = " pass";
    private static final int CLIP_CHARS = 60;

    private FimGenerator() {
    }

    static GeneratedChoice fill(String prompt, String suffix, List<String> stop, Integer minTokens, Integer maxTokens,
                                Long randomSeed) {
        int variant = randomSeed == null ? 0 : (int) (randomSeed % OPENINGS.size());
        StringBuilder text = new StringBuilder(OPENINGS.get(variant)).append(clip(lastLine(prompt))).append('`');
        if (suffix != null && !suffix.isBlank()) {
            text.append(" and before `").append(clip(firstLine(suffix))).append('`');
        }
        text.append('\n');
        String middle = text.toString();
        if (minTokens != null) {
            StringBuilder padded = new StringBuilder(middle);
            while (Tokenizer.count(padded.toString()) < minTokens) {
                padded.append(FILLER);
            }
            middle = padded.toString();
        }
        for (String sequence : stop) {
            int at = sequence.isEmpty() ? -1 : middle.indexOf(sequence);
            if (at >= 0) {
                middle = middle.substring(0, at);
            }
        }
        String finish = "stop";
        if (maxTokens != null && Tokenizer.count(middle) > maxTokens) {
            middle = Tokenizer.truncate(middle, maxTokens);
            finish = "length";
        }
        return new GeneratedChoice(0, middle, null, null, finish, Tokenizer.count(middle));
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    private static String firstLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[0].strip();
    }

    private static String clip(String line) {
        return line.length() <= CLIP_CHARS ? line : line.substring(0, CLIP_CHARS) + "...";
    }
}
