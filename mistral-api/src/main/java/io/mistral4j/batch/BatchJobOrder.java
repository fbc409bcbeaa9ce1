package io.mistral4j.batch;

/** The order of listed batch jobs. */
public enum BatchJobOrder {
    /** Oldest first. */
    CREATED("created"),
    /** Newest first (the server's default). */
    CREATED_DESCENDING("-created");

    private final String value;

    BatchJobOrder(String value) {
        this.value = value;
    }

    /** The wire value. */
    public String value() {
        return value;
    }
}
