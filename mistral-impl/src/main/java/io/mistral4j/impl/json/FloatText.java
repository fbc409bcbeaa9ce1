package io.mistral4j.impl.json;

/**
 * Parses the decimal text of a JSON number to the nearest {@code float}, as
 * {@link Float#parseFloat} does, but without its general algorithm for the common case: up
 * to 15 significant digits and a decimal exponent within ±22, where the decimal value divided
 * or multiplied by an exact power of ten is the correctly rounded double (Clinger's fast path).
 * That double is then rounded to float; the one case where rounding twice could differ from
 * rounding once, a double exactly halfway between two floats, and every other input go to
 * {@link Float#parseFloat}. Embedding answers are thousands of such numbers, so this is the
 * hot loop of decoding them.
 */
final class FloatText {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_DIGITS = 15;

    private FloatText() {
    }

    static float parse(String text) {
        return parse(text, 0, text.length());
    }

    /** Like {@link #parse(String)} for the characters {@code [from, to)} of {@code text}. */
    static float parse(String text, int from, int to) {
        int length = to;
        int i = from;
        boolean negative = false;
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean sawDigit = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            sawDigit = true;
            if (mantissa != 0 || c != '0') {
                if (++digits > MAX_DIGITS) {
                    return slow(text, from, to);
                }
                mantissa = mantissa * 10 + (c - '0');
            }
        }
        if (i < length && text.charAt(i) == '.') {
            for (i++; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                sawDigit = true;
                exponent--;
                if (mantissa != 0 || c != '0') {
                    if (++digits > MAX_DIGITS) {
                        return slow(text, from, to);
                    }
                    mantissa = mantissa * 10 + (c - '0');
                }
            }
        }
        if (!sawDigit) {
            return slow(text, from, to);
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int explicit = 0;
            int start = i;
            for (; i < length && explicit < 1000; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                explicit = explicit * 10 + (c - '0');
            }
            if (i == start) {
                return slow(text, from, to);
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (i != length) {
            return slow(text, from, to);
        }
        if (mantissa == 0) {
            return negative ? -0f : 0f;
        }
        if (exponent < -22 || exponent > 22) {
            return slow(text, from, to);
        }
        double value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
        float rounded = (float) value;
        if ((double) rounded != value && Math.abs(value - rounded) == Math.ulp(rounded) / 2) {
            return slow(text, from, to);
        }
        return negative ? -rounded : rounded;
    }

    private static float slow(String text, int from, int to) {
        return Float.parseFloat(text.substring(from, to));
    }
}
