package io.mistral4j.connectors;

import java.time.Instant;

/**
 * Whether stored credentials worked when last checked.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param statusType    {@code valid}, {@code invalid} or {@code error}
 * @param lastCheckedAt when they were checked, or null
 * @param errorHttpCode the HTTP status of a failed check, or null
 * @param errorMessage  why a check failed (e.g. {@code oauth expired}), or null
 */
public record CredentialsStatus(String statusType, Instant lastCheckedAt, Integer errorHttpCode, String errorMessage) {

}
