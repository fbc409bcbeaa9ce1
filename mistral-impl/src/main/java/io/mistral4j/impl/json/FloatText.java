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
        int length = text.length();
        int i = 0;
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
                    return Float.parseFloat(text);
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
                        return Float.parseFloat(text);
                    }
                    mantissa = mantissa * 10 + (c - '0');
                }
            }
        }
        if (!sawDigit) {
            return Float.parseFloat(text);
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
                return Float.parseFloat(text);
            }
            exponent += negativeExponent ? -explicit : explicit;
        }
        if (i != length) {
            return Float.parseFloat(text);
        }
        if (mantissa == 0) {
            return negative ? -0f : 0f;
        }
        if (exponent < -22 || exponent > 22) {
            return Float.parseFloat(text);
        }
        double value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
        float rounded = (float) value;
        if ((double) rounded != value && Math.abs(value - rounded) == Math.ulp(rounded) / 2) {
            return Float.parseFloat(text);
        }
        return negative ? -rounded : rounded;
    }
}
