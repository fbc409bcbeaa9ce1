package io.mistral4j.connectors;

import java.util.Objects;

/**
 * A header an authentication method asks for (its name, not its value).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name       the header's name
 * @param isRequired whether it must be given (null: the server's default, true)
 * @param isSecret   whether its value is a secret (null: the server's default, true)
 */
public record AuthenticationHeader(String name, Boolean isRequired, Boolean isSecret) {

    /** Requires the name. */
    public AuthenticationHeader {
        Objects.requireNonNull(name, "name");
    }

    /** A required, secret header. */
    public static AuthenticationHeader of(String name) {
        return new AuthenticationHeader(name, null, null);
    }
}
