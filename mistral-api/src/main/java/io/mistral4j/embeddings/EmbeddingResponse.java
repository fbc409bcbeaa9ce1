package io.mistral4j.embeddings;

import io.mistral4j.chat.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embeddings of a request's inputs.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id     the response id
 * @param object {@code list}
 * @param model  the model that embedded
 * @param usage  token usage (prompt tokens only)
 * @param data   one embedding per input, each with its input's {@code index}
 */
public record EmbeddingResponse(String id, String object, String model, Usage usage, List<Embedding> data) {

    /** Copies {@code data}; a missing list becomes empty. */
    public EmbeddingResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** The vectors in input order (sorted by {@code index}); the arrays are shared, not copied. */
    public List<float[]> vectors() {
        List<Embedding> ordered = new ArrayList<>(data);
        ordered.sort(Comparator.comparingInt(Embedding::index));
        List<float[]> vectors = new ArrayList<>(ordered.size());
        for (Embedding embedding : ordered) {
            vectors.add(embedding.vector());
        }
        return vectors;
    }

    /** The embedding of the input at {@code index}. */
    public Embedding embedding(int index) {
        for (Embedding embedding : data) {
            if (embedding.index() == index) {
                return embedding;
            }
        }
        throw new IndexOutOfBoundsException("no embedding for input " + index + " among " + data.size());
    }
}
