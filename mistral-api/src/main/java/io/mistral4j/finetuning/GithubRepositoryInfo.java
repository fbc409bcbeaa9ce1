package io.mistral4j.finetuning;

/**
 * A repository a job trains on, as the API reports it (without the token).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param type     {@code github}
 * @param name     the repository name
 * @param owner    its owner
 * @param ref      the branch, tag or commit asked for, or null
 * @param weight   its weight
 * @param commitId the commit used
 */
public record GithubRepositoryInfo(String type, String name, String owner, String ref, Double weight,
                                   String commitId) {
}
