package io.mistral4j.impl;

/**
 * Stands in for a class of the implementation, which this module does not depend on: consumer
 * fixtures that reach into {@code io.mistral4j.impl..} use it.
 */
public final class InternalClient {

    public String complete(String prompt) {
        return prompt;
    }
}
