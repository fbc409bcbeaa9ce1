package io.mistral4j.impl.json;

import ch.randelshofer.fastdoubleparser.JavaFloatParser;

/**
 * Parses the decimal text of a JSON number to the nearest {@code float}, bit for bit as
 * {@link Float#parseFloat} does. Embedding answers are thousands of such numbers, so this is the
 * hot loop of decoding them. Two paths:
 * <ul>
 *   <li>a significand of at most 2^53 and a decimal exponent within ±22 (the shortest texts of
 *   float32 values, such as {@code 0.012345679}): the significand divided or multiplied by an
 *   exact power of ten is the correctly rounded double (Clinger's fast path), then rounded to
 *   float, unless that double lies exactly halfway between two floats, where rounding twice
 *   could differ from rounding once;</li>
 *   <li>everything else, above all float32 values widened to double and printed with 17
 *   significant digits (such as {@code 0.012345679104328156}), where {@code Float.parseFloat}
 *   takes its slow general path: FastDoubleParser (Eisel-Lemire, straight to float).</li>
 * </ul>
 * FastDoubleParser alone takes 1.5 to 2 times as long on the short texts as the first path (a
 * JMH measurement of a 32 x 1024 answer), hence both.
 */
final class FloatText {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** The 29 low bits of a double's significand, which rounding to float drops, and their halfway value. */
    private static final long HALF_MASK = (1L << 29) - 1;
    private static final long HALF = 1L << 28;
    /** Integers up to 2^53 are exact doubles. */
    private static final long MAX_EXACT = 1L << 53;

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
        int exponent = 0;
        boolean sawDigit = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            sawDigit = true;
            mantissa = mantissa * 10 + (c - '0');
            if (mantissa > MAX_EXACT) {
                return inFull(text, from, to);
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
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa > MAX_EXACT) {
                    return inFull(text, from, to);
                }
            }
        }
        if (!sawDigit) {
            return inFull(text, from, to);
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
                return inFull(text, from, to);
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (i != length) {
            return inFull(text, from, to);
        }
        float value = fromParts(mantissa, exponent, negative);
        return Float.isNaN(value) ? inFull(text, from, to) : value;
    }

    /**
     * {@code ±mantissa × 10^exponent} rounded to float, for a mantissa of at most 2^53 whose
     * decimal exponent is within ±22 (both exact as doubles, so their quotient or product is
     * the correctly rounded double); NaN when the fast path does not apply and the text must
     * be parsed in full.
     */
    static float fromParts(long mantissa, int exponent, boolean negative) {
        if (mantissa == 0) {
            return negative ? -0f : 0f;
        }
        if (mantissa > MAX_EXACT || exponent < -22 || exponent > 22) {
            return Float.NaN;
        }
        double value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
        // Exactly halfway between two floats (the 29 bits a float drops are 100...0): rounding
        // twice could differ from rounding once. The values here (1e-22 to 9e37) are all normal
        // floats, where that bit pattern is the whole test.
        if ((Double.doubleToRawLongBits(value) & HALF_MASK) == HALF) {
            return Float.NaN;
        }
        float rounded = (float) value;
        return negative ? -rounded : rounded;
    }

    /** The characters {@code [from, to)} of {@code text} parsed by the general algorithm, without the fast path. */
    static float inFull(String text, int from, int to) {
        return JavaFloatParser.parseFloat(text, from, to - from);
    }
}
