package io.mistral4j.connectors;

/**
 * Stored credentials as the API describes them (the spec's {@code AuthenticationConfiguration}):
 * their name and status, never their secrets.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param name               their name
 * @param title              their title, or null
 * @param authenticationType the method they are for
 * @param scope              the level they are stored at
 * @param status             whether they last worked, or null
 * @param isDefault          whether they are the default of their method, or null
 */
public record CredentialsInfo(String name, String title, AuthMethodType authenticationType, ConsumerType scope, CredentialsStatus status, Boolean isDefault) {

}
