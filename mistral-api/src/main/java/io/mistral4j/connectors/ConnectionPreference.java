package io.mistral4j.connectors;

/**
 * The caller's preferences for a connector's tools under one set of credentials.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name              the credentials' name
 * @param toolConfiguration which tools run, and which ask for confirmation
 * @param isDefault         whether this is the default preference, or null
 * @param consumerType      the level it applies at, or null
 */
public record ConnectionPreference(String name, ToolExecutionConfiguration toolConfiguration, Boolean isDefault, ConsumerType consumerType) {

}
