package io.mistral4j.errors;

/**
 * A request field or client setting is missing or out of range. Thrown by {@code build()}
 * before anything is sent, naming the field as the builder calls it.
 */
public final class ValidationException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * A problem with {@code field}; the message is {@code field: problem}, so the problem must not quote a
     * secret value.
     */
    public ValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field or setting that was wrong, e.g. {@code messages[2]} or {@code maxTokens}. */
    public String field() {
        return field;
    }
}
