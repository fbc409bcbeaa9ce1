package io.mistral4j.agents;

import java.time.Instant;

/**
 * A name pointing at one version of an agent, e.g. {@code production} → 3; usable wherever a
 * version is asked for.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param alias     the alias
 * @param version   the version it points at
 * @param createdAt when it was created
 * @param updatedAt when it was last pointed elsewhere
 */
public record AgentAlias(String alias, int version, Instant createdAt, Instant updatedAt) {
}
