package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedding number parser must give exactly what {@link Float#parseFloat} gives, bit for bit. */
class FloatTextTest {

    private static final int CASES = 50_000;

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "-0.0", "1", "-1", "0.1", "1e-7", "1E-7", "1.0E-5", "3e-2", "2.5e+3",
        "-0.016632080078125", "0.0701904296875", "123456789012345", "1234567890123456", "12345678901234567890",
        "0.000000000000000000000001", "1e22", "1e23", "1e-22", "1e-23", "1.4e-45", "1e-46", "3.4028235e38", "3.5e38",
        "1e400", "-1e400", "16777217", "16777219", "0.30000001192092896", "33554433", "100000000000000000000000"})
    void edgeCasesMatchFloatParseFloat(String text) {
        assertSame(text);
    }

    @Test
    void shortestFormsOfRandomFloatsRoundTrip() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < CASES; i++) {
            float value = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-8, 3)));
            assertThat(FloatText.parse(Float.toString(value))).isEqualTo(value);
            // As Python and most servers print a float32 widened to double, e.g. 0.016632080078125.
            assertThat(FloatText.parse(Double.toString(value))).isEqualTo(value);
        }
    }

    @Test
    void arbitraryDecimalsRoundLikeFloatParseFloat() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < CASES; i++) {
            BigDecimal decimal = new BigDecimal(Long.toString(random.nextLong(1, 1L << 62) >> random.nextInt(62)))
                    .scaleByPowerOfTen(random.nextInt(-30, 10));
            String text = random.nextBoolean() ? decimal.toPlainString() : decimal.toString();
            assertSame(random.nextBoolean() ? text : "-" + text);
        }
    }

    @Test
    void halfwayCasesAreRoundedOnceNotTwice() {
        // 1 + 2^-24 lies exactly halfway between the floats 1 and 1 + 2^-23; one digit more is above it.
        assertSame("1.000000059604644775390625");
        assertSame("1.0000000596046447753906251");
        assertSame("1.0000000596046447");
    }

    @Test
    void whatIsNotANumberFailsAsFloatParseFloatDoes() {
        assertThatThrownBy(() -> FloatText.parse("1e")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FloatText.parse("-")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FloatText.parse("1x")).isInstanceOf(NumberFormatException.class);
    }

    private static void assertSame(String text) {
        assertThat(Float.floatToRawIntBits(FloatText.parse(text))).as(text)
                .isEqualTo(Float.floatToRawIntBits(Float.parseFloat(text)));
    }
}
