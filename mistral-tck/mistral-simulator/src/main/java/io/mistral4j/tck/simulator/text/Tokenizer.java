package io.mistral4j.tck.simulator.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic stand-in for the model tokenizer: a token is a run of letters/digits or a
 * single punctuation character. Used for usage counts, {@code max_tokens} and stream pieces.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_\\s]");
    private static final Pattern WORD_WITH_SPACE = Pattern.compile("\\s*\\S+");

    private Tokenizer() {
    }

    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The longest prefix of {@code text} holding at most {@code maxTokens} tokens. */
    public static String truncate(String text, int maxTokens) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        int end = 0;
        while (m.find()) {
            if (++n > maxTokens) {
                return text.substring(0, end);
            }
            end = m.end();
        }
        return text;
    }

    /**
     * Splits text into stream pieces of one word each, leading whitespace included, so that the
     * pieces concatenate back to exactly {@code text}.
     */
    public static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD_WITH_SPACE.matcher(text);
        int end = 0;
        while (m.find()) {
            out.add(m.group());
            end = m.end();
        }
        if (end < text.length()) { // trailing whitespace
            if (out.isEmpty()) {
                out.add(text.substring(end));
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + text.substring(end));
            }
        }
        return out;
    }
}
