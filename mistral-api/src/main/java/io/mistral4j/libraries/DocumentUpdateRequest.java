package io.mistral4j.libraries;

import io.mistral4j.errors.ValidationException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to a document ({@code PUT} or {@code PATCH .../documents/{document_id}}): what is left
 * unset is not sent.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name       the new name, or null
 * @param attributes attributes to set (values: text, numbers, booleans, or lists of them), or null
 * @param expiresAt  when the document expires, or null
 */
public record DocumentUpdateRequest(String name, Map<String, Object> attributes, Instant expiresAt) {

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link DocumentUpdateRequest}. */
    public static final class Builder {
        private String name;
        private Map<String, Object> attributes;
        private Instant expiresAt;

        private Builder() {
        }

        /** The new name; not blank. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** One attribute: text, a number, a boolean, or a list of them. */
        public Builder attribute(String key, Object value) {
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(key, value);
            return this;
        }

        /** When the document expires. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Validates the name and the attributes. */
        public DocumentUpdateRequest build() {
            if (name != null && name.isBlank()) {
                throw new ValidationException("name", "must not be blank");
            }
            if (attributes != null) {
                attributes.forEach(Builder::checkAttribute);
            }
            return new DocumentUpdateRequest(name,
                    attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes)),
                    expiresAt);
        }

        private static void checkAttribute(String key, Object value) {
            if (key == null || key.isBlank()) {
                throw new ValidationException("attributes", "keys must not be blank");
            }
            boolean fits = value instanceof List<?> list ? list.stream().allMatch(Builder::isScalar) : isScalar(value);
            if (!fits) {
                throw new ValidationException("attributes." + key, "must be text, a number, a boolean or a list of them");
            }
        }

        private static boolean isScalar(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean;
        }
    }
}
