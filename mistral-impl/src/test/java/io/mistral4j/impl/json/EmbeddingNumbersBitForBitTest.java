package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.embeddings.EmbeddingResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every number of an embeddings answer is read as exactly the float {@link Float#parseFloat}
 * gives for its text, bit for bit, over a million random float32 values in each of the two
 * formats servers print them in: the shortest text that reads back as the same float
 * ({@code Float.toString}, e.g. {@code 0.012345679}) and the float widened to double
 * ({@code Double.toString((double) f)}, 17 significant digits, e.g. {@code 0.012345679104328156}).
 * The values are read through the codec, as answers are, in answers of 32 x 1024.
 */
@Timeout(60)
class EmbeddingNumbersBitForBitTest {

    private static final int VALUES = 1_000_000;
    private static final int VECTORS = 32;
    private static final int DIMENSION = 1024;

    private final JsonCodec codec = new JsonCodec();

    @Test
    void shortestTextsOfAMillionFloatsReadAsFloatParseFloatReadsThem() {
        assertThat(compareAll(value -> Float.toString(value), 101)).isEqualTo(VALUES);
    }

    @Test
    void aMillionFloatsWidenedToDoubleReadAsFloatParseFloatReadsThem() {
        assertThat(compareAll(value -> Double.toString(value), 202)).isEqualTo(VALUES);
    }

    @Test
    void theGsonAdapterReadsNumbersAsFloatParseFloatReadsThem() {
        SplittableRandom random = new SplittableRandom(303);
        String[] texts = new String[VECTORS * DIMENSION];
        for (int i = 0; i < texts.length; i++) {
            float value = randomFloat(random);
            texts[i] = i % 2 == 0 ? Float.toString(value) : Double.toString(value);
        }
        // Gson's tokenizer and the Embedding adapter: the path of answers the one-pass reader gives up on.
        EmbeddingResponse answer = codec.gson().fromJson(answer(texts), EmbeddingResponse.class);
        assertThat(mismatches(texts, answer)).isEmpty();
    }

    /** Reads {@link #VALUES} random floats printed by {@code format}; returns how many matched. */
    private int compareAll(Function<Float, String> format, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] texts = new String[VECTORS * DIMENSION];
        int compared = 0;
        while (compared < VALUES) {
            int count = Math.min(texts.length, VALUES - compared);
            String[] batch = count == texts.length ? texts : new String[count];
            for (int i = 0; i < count; i++) {
                batch[i] = format.apply(randomFloat(random));
            }
            EmbeddingResponse answer = codec.fromJson(answer(batch), EmbeddingResponse.class);
            assertThat(mismatches(batch, answer)).as("values after %d", compared).isEmpty();
            compared += count;
        }
        return compared;
    }

    /**
     * Seven in eight values as embeddings have them (small, around zero), one in eight any finite
     * float (every exponent, subnormals included; fewer, as {@code Float.parseFloat} is slow on
     * large exponents), each sign.
     */
    private static float randomFloat(SplittableRandom random) {
        if (random.nextInt(8) != 0) {
            return (float) (random.nextGaussian() / 32);
        }
        float value;
        do {
            value = Float.intBitsToFloat(random.nextInt());
        } while (!Float.isFinite(value));
        return value;
    }

    /** An answer of vectors of {@link #DIMENSION} numbers (the last one shorter), the texts as they are. */
    private static String answer(String[] texts) {
        StringBuilder json = new StringBuilder(texts.length * 24).append("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < texts.length; i++) {
            if (i % DIMENSION == 0) {
                json.append(i == 0 ? "" : "]},").append("{\"object\":\"embedding\",\"index\":").append(i / DIMENSION)
                        .append(",\"embedding\":[");
            } else {
                json.append(',');
            }
            json.append(texts[i]);
        }
        return json.append("]}]}").toString();
    }

    /** The first few values read otherwise than {@link Float#parseFloat} reads them. */
    private static List<String> mismatches(String[] texts, EmbeddingResponse answer) {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.length && mismatches.size() < 5; i++) {
            float read = answer.data().get(i / DIMENSION).vector()[i % DIMENSION];
            float expected = Float.parseFloat(texts[i]);
            if (Float.floatToRawIntBits(read) != Float.floatToRawIntBits(expected)) {
                mismatches.add(texts[i] + " read as " + read + ", Float.parseFloat gives " + expected);
            }
        }
        return mismatches;
    }
}
