package io.mistral4j.impl.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A position in a JSON text, with the few reads of the hand-written readers
 * ({@link EmbeddingResponseReader}, {@link CompletionChunkReader}, {@link ChatResponseReader});
 * any read that meets what it does not expect throws {@link GiveUp}, and the reader leaves the
 * text to Gson. Not thread-safe.
 */
final class JsonCursor {

    /** Raised to give up on a text; never escapes the readers. */
    static final class GiveUp extends RuntimeException {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** Beyond this a significand is past 2^53 anyway, and one more digit could overflow a long. */
    private static final long OVERFLOW_GUARD = Long.MAX_VALUE / 10;

    private final String text;
    private final int length;
    private int at;

    JsonCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * What {@code reader} makes of the whole of {@code text}, or null when it gives up (any
     * runtime exception, the end of the text among them) or something other than whitespace
     * follows.
     */
    static <T> T whole(String text, Function<JsonCursor, T> reader) {
        try {
            JsonCursor cursor = new JsonCursor(text);
            T value = reader.apply(cursor);
            cursor.skipWhitespace();
            return cursor.atEnd() ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A JSON array of values {@code element} reads. Most hold one: a list of one, kept as it is. */
    <T> List<T> array(Function<JsonCursor, T> element) {
        expect('[');
        if (consumeIf(']')) {
            return List.of();
        }
        T first = element.apply(this);
        if (!consumeIf(',')) {
            expect(']');
            return List.of(first);
        }
        List<T> values = new ArrayList<>(4);
        values.add(first);
        do {
            values.add(element.apply(this));
        } while (consumeIf(','));
        expect(']');
        return values;
    }

    int position() {
        return at;
    }

    String text(int from) {
        return text.substring(from, at);
    }

    boolean atEnd() {
        return at == length;
    }

    void skipWhitespace() {
        while (at < length) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    char peek() {
        skipWhitespace();
        return text.charAt(at);
    }

    void expect(char c) {
        if (peek() != c) {
            throw GiveUp.INSTANCE;
        }
        at++;
    }

    boolean consumeIf(char c) {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    boolean consumeNull() {
        if (peek() == 'n' && text.startsWith("null", at)) {
            at += 4;
            return true;
        }
        return false;
    }

    String key() {
        String key = string();
        expect(':');
        return key;
    }

    String stringOrNull() {
        return consumeNull() ? null : string();
    }

    /** A string without escapes; one with escapes is left to Gson. */
    String string() {
        expect('"');
        int start = at;
        while (true) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\' || c < 0x20) {
                throw GiveUp.INSTANCE;
            }
            at++;
        }
    }

    int integer() {
        int start = numberEnd();
        return Integer.parseInt(text, start, at, 10);
    }

    /**
     * A number, scanned and converted in one pass; those beyond the fast path (such as 17
     * significant digits) and those with an exponent are parsed by {@link FloatText}.
     */
    float floatNumber() {
        skipWhitespace();
        int start = at;
        boolean negative = text.charAt(at) == '-';
        if (negative) {
            at++;
        }
        long mantissa = 0;
        int exponent = 0;
        int digits = 0;
        boolean overflow = false;
        char c;
        while (at < length && (c = text.charAt(at)) >= '0' && c <= '9') {
            if (mantissa < OVERFLOW_GUARD) {
                mantissa = mantissa * 10 + (c - '0');
            } else {
                overflow = true;
            }
            digits++;
            at++;
        }
        if (at < length && text.charAt(at) == '.') {
            at++;
            int fraction = 0;
            while (at < length && (c = text.charAt(at)) >= '0' && c <= '9') {
                if (mantissa < OVERFLOW_GUARD) {
                    mantissa = mantissa * 10 + (c - '0');
                    exponent--;
                } else {
                    overflow = true;
                }
                fraction++;
                at++;
            }
            if (fraction == 0) {
                throw GiveUp.INSTANCE;
            }
            digits += fraction;
        }
        if (digits == 0) {
            throw GiveUp.INSTANCE;
        }
        if (at < length && ((c = text.charAt(at)) == 'e' || c == 'E')) {
            // Rare in these answers: the whole number is parsed in full.
            numberEnd();
            return FloatText.parse(text, start, at);
        }
        float value = overflow ? Float.NaN : FloatText.fromParts(mantissa, exponent, negative);
        return Float.isNaN(value) ? FloatText.inFull(text, start, at) : value;
    }

    /** Moves past a number's characters; the start of the number. */
    private int numberEnd() {
        skipWhitespace();
        int start = at;
        while (at < length) {
            char c = text.charAt(at);
            if ((c >= '0' && c <= '9') || c == '-' || c == '.' || c == 'e' || c == 'E' || c == '+') {
                at++;
            } else {
                break;
            }
        }
        if (at == start) {
            throw GiveUp.INSTANCE;
        }
        return start;
    }

    /** Skips any JSON value, checking only what it must to find its end. */
    void skipValue() {
        char c = peek();
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            do {
                char d = text.charAt(at);
                if (d == '"') {
                    skipString();
                    continue;
                }
                if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
        } else if (consumeNull() || literal("true") || literal("false")) {
            return;
        } else {
            numberEnd();
        }
    }

    /** {@code true} or {@code false}; anything else (a string saying so, too) gives up. */
    boolean booleanLiteral() {
        skipWhitespace();
        if (literal("true")) {
            return true;
        }
        if (literal("false")) {
            return false;
        }
        throw GiveUp.INSTANCE;
    }

    private boolean literal(String word) {
        if (text.startsWith(word, at)) {
            at += word.length();
            return true;
        }
        return false;
    }

    private void skipString() {
        at++; // the opening quote
        while (true) {
            char c = text.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '"') {
                return;
            }
        }
    }

    /**
     * As {@link #unescaped()}, answering {@code recent} itself when the string is the same text,
     * so that a value every event repeats (a stream's id and model) is not copied each time.
     * {@code recent} must be plain (see {@link #isPlain}), or null.
     */
    String unescaped(String recent) {
        if (recent != null) {
            skipWhitespace();
            int end = at + 1 + recent.length();
            if (end < length && text.charAt(at) == '"' && text.charAt(end) == '"' && text.startsWith(recent, at + 1)) {
                at = end + 1;
                return recent;
            }
        }
        return unescaped();
    }

    /** Whether {@code value} reads back as itself between quotes: no quote, backslash or control character. */
    static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return false;
            }
        }
        return true;
    }

    /** A string with its escapes decoded; raw control characters are left to Gson. */
    String unescaped() {
        expect('"');
        int start = at;
        while (true) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\') {
                return escaped(start);
            }
            if (c < 0x20) {
                throw GiveUp.INSTANCE;
            }
            at++;
        }
    }

    /** The rest of a string that holds an escape at {@code at}, from its start. */
    private String escaped(int start) {
        StringBuilder out = new StringBuilder(at - start + 16).append(text, start, at);
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw GiveUp.INSTANCE;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(at++), 16);
                        if (digit < 0) {
                            throw GiveUp.INSTANCE;
                        }
                        code = code << 4 | digit;
                    }
                    out.append((char) code);
                }
                default -> throw GiveUp.INSTANCE;
            }
        }
    }

    /** A whole number written plainly (no fraction, exponent or quotes), at most 18 digits. */
    long plainLong() {
        skipWhitespace();
        int start = at;
        if (at < length && text.charAt(at) == '-') {
            at++;
        }
        int digitsStart = at;
        long value = 0;
        char c;
        while (at < length && (c = text.charAt(at)) >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            at++;
        }
        int digits = at - digitsStart;
        if (digits == 0 || digits > 18 || digits > 1 && text.charAt(digitsStart) == '0' || at < length
                && ((c = text.charAt(at)) == '.' || c == 'e' || c == 'E')) {
            throw GiveUp.INSTANCE;
        }
        return text.charAt(start) == '-' ? -value : value;
    }

    int plainInt() {
        long value = plainLong();
        if (value != (int) value) {
            throw GiveUp.INSTANCE;
        }
        return (int) value;
    }

    /**
     * Reads a member's name and its colon: the position of the name in {@code names}, or -1 for
     * any other name; no string is made. An escaped name gives up.
     */
    int member(String[] names) {
        expect('"');
        return memberAfterQuote(names);
    }

    /**
     * As {@link #member(String[])}, trying {@code names[expected]} first: members usually come in
     * the order a server writes them, so one comparison mostly settles it.
     */
    int member(String[] names, int expected) {
        expect('"');
        if (expected < names.length) {
            String name = names[expected];
            int end = at + name.length();
            // The name and then its closing quote: a name written with an escape never matches here.
            if (end < length && text.charAt(end) == '"' && text.startsWith(name, at)) {
                at = end + 1;
                expect(':');
                return expected;
            }
        }
        return memberAfterQuote(names);
    }

    private int memberAfterQuote(String[] names) {
        int start = at;
        int end = text.indexOf('"', start);
        if (end < 0) {
            throw GiveUp.INSTANCE;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c < 0x20) {
                throw GiveUp.INSTANCE;
            }
        }
        at = end + 1;
        expect(':');
        int length = end - start;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.length() == length && text.startsWith(name, start)) {
                return i;
            }
        }
        return -1;
    }

    /** Enters an object; true when it has members. */
    boolean beginObject() {
        expect('{');
        return !consumeIf('}');
    }

    /** After a member: true when another follows, false (and the object left) at its end. */
    boolean nextMember() {
        if (consumeIf(',')) {
            return true;
        }
        expect('}');
        return false;
    }

    /** Skips an unknown member's value, unless it was null (and so already read). */
    void skipScalarUnless(boolean wasNull) {
        if (!wasNull) {
            skipScalar();
        }
    }

    /** Skips a string, number, true, false or null, checked as JSON; an object or array gives up. */
    void skipScalar() {
        char c = peek();
        if (c == '"') {
            unescaped();
        } else if (c == '-' || c >= '0' && c <= '9') {
            skipNumber();
        } else if (!consumeNull() && !literal("true") && !literal("false")) {
            throw GiveUp.INSTANCE;
        }
    }

    /** A JSON number: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private void skipNumber() {
        if (text.charAt(at) == '-') {
            at++;
        }
        int start = at;
        if (digits() == 0 || at - start > 1 && text.charAt(start) == '0') {
            throw GiveUp.INSTANCE;
        }
        if (at < length && text.charAt(at) == '.') {
            at++;
            if (digits() == 0) {
                throw GiveUp.INSTANCE;
            }
        }
        if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (digits() == 0) {
                throw GiveUp.INSTANCE;
            }
        }
    }

    private int digits() {
        int start = at;
        char c;
        while (at < length && (c = text.charAt(at)) >= '0' && c <= '9') {
            at++;
        }
        return at - start;
    }
}
