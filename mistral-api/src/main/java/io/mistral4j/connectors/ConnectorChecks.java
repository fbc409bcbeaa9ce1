package io.mistral4j.connectors;

import io.mistral4j.errors.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** The field rules the connector requests share, each failing with the field's name. */
final class ConnectorChecks {

    /** A connector's name: what the API accepts in a path beside a UUID. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    static final int MAX_TITLE = 255;
    static final int MAX_URL = 2083;

    private ConnectorChecks() {
    }

    /** Requires a name of 1 to 64 letters, digits, {@code _} or {@code -}. */
    static void requireName(String field, String value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        checkName(field, value);
    }

    /** When set, a name of 1 to 64 letters, digits, {@code _} or {@code -}. */
    static void checkName(String field, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new ValidationException(field, "must be 1 to 64 letters, digits, '_' or '-'");
        }
    }

    /** Requires a value that is not blank. */
    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required and must not be blank");
        }
    }

    /** When set, at most {@code max} characters. */
    static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, "must be at most " + max + " characters");
        }
    }

    /** Requires an absolute http(s) URL of at most 2083 characters. */
    static void requireUrl(String field, String value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        checkUrl(field, value);
    }

    /** When set, an absolute http(s) URL of at most 2083 characters. */
    static void checkUrl(String field, String value) {
        if (value == null) {
            return;
        }
        checkLength(field, value, MAX_URL);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new ValidationException(field, "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException(field, "must be an absolute http or https URL");
        }
    }

    /** When set, at least {@code min}. */
    static void checkAtLeast(String field, Integer value, int min) {
        if (value != null && value < min) {
            throw new ValidationException(field, "must be at least " + min);
        }
    }

    /** When set, between {@code min} and {@code max}. */
    static void checkRange(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field, "must be between " + min + " and " + max);
        }
    }
}
