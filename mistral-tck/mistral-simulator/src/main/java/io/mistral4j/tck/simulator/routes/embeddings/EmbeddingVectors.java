package io.mistral4j.tck.simulator.routes.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Deterministic embeddings: a text's vector is drawn from a generator seeded with the text's
 * SHA-256, then scaled to unit length, so equal texts embed equally, and a shorter
 * {@code output_dimension} is a different vector rather than a truncated one. Quantised data
 * types derive from the float vector; base64 carries little-endian float32 values.
 */
public final class EmbeddingVectors {

    private EmbeddingVectors() {
    }

    /** A unit vector of {@code dimension} float32 values for {@code text}. */
    static float[] embed(String text, int dimension) {
        SplittableRandom random = new SplittableRandom(seed(text + "\u0000" + dimension));
        double[] values = new double[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            values[i] = random.nextGaussian();
            norm += values[i] * values[i];
        }
        norm = Math.sqrt(norm);
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) (values[i] / norm);
        }
        return vector;
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
