package io.mistral4j.resilience;

import io.mistral4j.errors.ValidationException;
import java.time.Duration;

/** Checks shared by the policy builders. */
final class Settings {

    private Settings() {
    }

    static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ValidationException(name, "must be a positive duration, was " + value);
        }
    }

    static void notNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new ValidationException(name, "must be zero or a positive duration, was " + value);
        }
    }
}
