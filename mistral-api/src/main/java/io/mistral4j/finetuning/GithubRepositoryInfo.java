package io.mistral4j.finetuning;

/**
 * A repository a job trains on, as the API reports it (without the token).
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
