package io.mistral4j.chat;

import io.mistral4j.errors.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function the model may call, described by a JSON schema of its parameters (as plain Java
 * maps and lists, the way it appears in JSON).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name        the function's name
 * @param description what it does, or null
 * @param parameters  JSON schema of the arguments object, or null
 * @param strict      whether the model must follow the schema exactly, or null
 */
public record FunctionDefinition(String name, String description, Map<String, Object> parameters, Boolean strict) {

    /** Requires a non-blank {@code name}, throwing a {@link ValidationException} otherwise; copies the parameters. */
    public FunctionDefinition {
        if (name == null || name.isBlank()) {
            throw new ValidationException("function.name", "must not be blank");
        }
        parameters = parameters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Starts an empty definition; {@code name} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FunctionDefinition}. */
    public static final class Builder {
        private String name;
        private String description;
        private Map<String, Object> parameters;
        private Boolean strict;

        private Builder() {
        }

        /** The function's name, as the model will call it. Required. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** What the function does; the model reads it to decide when to call it. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The JSON schema of the arguments, e.g. {@code Map.of("type","object","properties",...)}. */
        public Builder parameters(Map<String, Object> parameters) {
            this.parameters = parameters;
            return this;
        }

        /** Whether the model must follow the parameters schema exactly. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Builds the definition; a {@link ValidationException} names {@code function.name} when it is blank. */
        public FunctionDefinition build() {
            return new FunctionDefinition(name, description, parameters, strict);
        }
    }
}
