package io.mistral4j.embeddings;

import java.util.Arrays;
import java.util.Objects;

/**
 * One embedding of an {@link EmbeddingResponse}: the vector of the input at {@code index}.
 *
 * <p>The vector is decoded straight into a {@code float[]}, whether the server sent a JSON
 * number array or, with {@link EncodingFormat#BASE64}, a base64 string of little-endian
 * float32 values. For the integer data types ({@link EmbeddingDtype#INT8}, {@link EmbeddingDtype#UINT8},
 * and the bit-packed {@link EmbeddingDtype#BINARY} and {@link EmbeddingDtype#UBINARY}, whose
 * vectors hold one value per 8 dimensions) the array holds the integer values exactly;
 * {@link #toByteArray()} gives them as bytes.
 *
 * <p>For speed the array is not copied: {@link #vector()} returns the record's own array,
 * which callers must treat as read-only. {@code equals} and {@code hashCode} compare the
 * vector's contents, and {@code toString} shows its dimension and first values only.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param object {@code embedding}
 * @param vector the embedding
 * @param index  the position of the input this embedding belongs to
 */
public record Embedding(String object, float[] vector, int index) {

    private static final int SHOWN_VALUES = 3;

    /** Rejects a null vector; the array is kept, not copied. */
    public Embedding {
        Objects.requireNonNull(vector, "vector");
    }

    /** The number of values in the vector. */
    public int dimension() {
        return vector.length;
    }

    /**
     * The values as bytes, for the integer data types: {@code int8} and {@code binary} values
     * map one to one, {@code uint8} and {@code ubinary} values above 127 wrap to negative
     * bytes (read them back with {@code Byte.toUnsignedInt}).
     *
     * @throws IllegalStateException if a value is not an integer between -128 and 255
     */
    public byte[] toByteArray() {
        byte[] bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            float value = vector[i];
            if (value != Math.rint(value) || value < -128 || value > 255) {
                throw new IllegalStateException("value " + value + " at " + i
                        + " is not a byte; toByteArray() is for the int8, uint8, binary and ubinary dtypes");
            }
            bytes[i] = (byte) (int) value;
        }
        return bytes;
    }

    /**
     * The cosine similarity of this embedding and {@code other}: 1 for the same direction,
     * 0 for unrelated, -1 for opposite.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double cosineSimilarity(Embedding other) {
        float[] a = vector;
        float[] b = other.vector;
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && index == that.index && Objects.equals(object, that.object)
                && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(object) + index) + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Embedding{index=").append(index)
                .append(", dimension=").append(vector.length).append(", vector=[");
        for (int i = 0; i < Math.min(SHOWN_VALUES, vector.length); i++) {
            text.append(i == 0 ? "" : ", ").append(vector[i]);
        }
        return text.append(vector.length > SHOWN_VALUES ? ", ...]}" : "]}").toString();
    }
}
