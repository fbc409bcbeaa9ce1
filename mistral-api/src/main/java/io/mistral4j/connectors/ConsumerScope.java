package io.mistral4j.connectors;

/** The level a connector is activated at, or credentials are stored at. */
public enum ConsumerScope {
    /** The calling user. */
    USER("user"),
    /** The calling user's workspace. */
    WORKSPACE("workspace"),
    /** The whole organization. */
    ORGANIZATION("organization");

    private final String wireValue;

    ConsumerScope(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The path segment the API uses for this scope. */
    public String wireValue() {
        return wireValue;
    }
}
