package io.mistral4j.tck.simulator.routes.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic embeddings that mean something: a text's vector is the sum of hashed features of
 * its words (each word, and more lightly each of its character trigrams, adds a fixed sparse
 * pattern of +1/-1 values), plus faint noise seeded with the whole text, scaled to unit length.
 * So equal texts embed equally, texts that share words (or word stems) are closer than texts
 * that share none, and a shorter {@code output_dimension} is a different vector rather than a
 * truncated one. Quantised data types derive from the float vector; base64 carries
 * little-endian float32 values.
 */
public final class EmbeddingVectors {

    /** Positions each feature touches. */
    private static final int PROBES = 32;
    private static final double WORD_WEIGHT = 1.0;
    private static final double TRIGRAM_WEIGHT = 0.35;
    /** Keeps every component non-zero (and different texts apart) without drowning the features. */
    private static final double NOISE_WEIGHT = 0.02;

    private EmbeddingVectors() {
    }

    /** A unit vector of {@code dimension} float32 values for {@code text}. */
    static float[] embed(String text, int dimension) {
        double[] values = new double[dimension];
        SplittableRandom noise = new SplittableRandom(seed(text + "\u0000" + dimension));
        for (int i = 0; i < dimension; i++) {
            values[i] = NOISE_WEIGHT * noise.nextGaussian();
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            addFeature(values, "w:" + word, WORD_WEIGHT);
            String padded = "^" + word + "$";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                addFeature(values, "t:" + padded.substring(i, i + 3), TRIGRAM_WEIGHT);
            }
        }
        double norm = 0;
        for (double value : values) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) (values[i] / norm);
        }
        return vector;
    }

    private static void addFeature(double[] values, String feature, double weight) {
        SplittableRandom probes = new SplittableRandom(seed(feature + "\u0000" + values.length));
        for (int i = 0; i < PROBES; i++) {
            values[probes.nextInt(values.length)] += probes.nextBoolean() ? weight : -weight;
        }
    }

    /**
     * The vector in {@code dtype}: floats as they are; {@code int8} and {@code uint8} scaled by the
     * largest magnitude into [-127, 127] and [0, 255]; {@code binary} and {@code ubinary} one sign
     * bit per dimension (positive is 1), packed eight to a value, first dimension in the high bit,
     * as unsigned bytes for {@code ubinary} and shifted by -128 for {@code binary}.
     */
    static float[] quantise(float[] vector, String dtype) {
        return switch (dtype) {
            case "int8" -> scaled(vector, 127, 0);
            case "uint8" -> scaled(vector, 127.5, 127.5);
            case "binary" -> packedSigns(vector, -128);
            case "ubinary" -> packedSigns(vector, 0);
            default -> vector;
        };
    }

    /** Little-endian float32 values in base64. */
    static String base64(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static float[] scaled(float[] vector, double scale, double offset) {
        double max = 0;
        for (float value : vector) {
            max = Math.max(max, Math.abs(value));
        }
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = max == 0 ? (float) Math.round(offset) : (float) Math.round(vector[i] / max * scale + offset);
        }
        return out;
    }

    private static float[] packedSigns(float[] vector, int shift) {
        float[] out = new float[(vector.length + 7) / 8];
        for (int group = 0; group < out.length; group++) {
            int bits = 0;
            for (int bit = 0; bit < 8; bit++) {
                int i = group * 8 + bit;
                bits = bits << 1 | (i < vector.length && vector[i] > 0 ? 1 : 0);
            }
            out[group] = bits + shift;
        }
        return out;
    }

    private static long seed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
