package io.mistral4j.tck.simulator;

/** How the simulator prints the float32 values of an embeddings answer. */
public enum EmbeddingNumbers {
    /** The shortest text that reads back as the same float ({@code Float.toString}, up to 9 digits). */
    SHORTEST,
    /**
     * The float widened to double ({@code Double.toString((double) f)}, up to 17 digits such as
     * {@code 0.012345679104328156}), as a server that keeps its vectors in doubles prints them.
     */
    WIDENED
}
