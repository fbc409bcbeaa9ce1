package io.mistral4j.libraries;

import java.time.Instant;

/**
 * A document library: a named set of documents agents can search.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id                            the library's id
 * @param name                          its name
 * @param createdAt                     when it was created
 * @param updatedAt                     when it last changed
 * @param ownerId                       the id of its owner, or null
 * @param ownerType                     the kind of its owner ({@code User}, {@code Workspace})
 * @param totalSize                     the bytes of all its documents
 * @param nbDocuments                   how many documents it holds
 * @param chunkSize                     the chunk size (deprecated by the API), or null
 * @param emoji                         its emoji (deprecated by the API), or null
 * @param description                   its description, or null
 * @param generatedDescription          a description the server generated (deprecated), or null
 * @param explicitUserMembersCount      how many users it is shared with (deprecated), or null
 * @param explicitWorkspaceMembersCount how many workspaces it is shared with (deprecated), or null
 * @param orgSharingRole                its sharing role in the organization (deprecated), or null
 * @param generatedName                 a name the server generated (deprecated), or null
 */
public record Library(String id, String name, Instant createdAt, Instant updatedAt, String ownerId, String ownerType,
                      Long totalSize, Long nbDocuments, Integer chunkSize, String emoji, String description,
                      String generatedDescription, Integer explicitUserMembersCount,
                      Integer explicitWorkspaceMembersCount, String orgSharingRole, String generatedName) {
}
