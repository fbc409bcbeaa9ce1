package io.mistral4j.connectors;

/**
 * What the API answers to an action on a connector (delete, share, activate, save
 * credentials, ...): a sentence that says what was done.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param message the server's message
 */
public record ConnectorMessage(String message) {
}
