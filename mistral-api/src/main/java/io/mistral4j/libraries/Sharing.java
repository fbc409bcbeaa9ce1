package io.mistral4j.libraries;

/**
 * Who a library is shared with, and how.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param libraryId     the library's id
 * @param userId        a user's id (deprecated by the API), or null
 * @param orgId         the organization's id (deprecated by the API)
 * @param role          the role granted ({@code Viewer}, {@code Editor}, or the owner's)
 * @param shareWithType {@code User}, {@code Workspace} or {@code Org}
 * @param shareWithUuid the id of who it is shared with, or null
 */
public record Sharing(String libraryId, String userId, String orgId, String role, String shareWithType,
                      String shareWithUuid) {
}
