package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;

/**
 * A GitHub repository to train on. The access token never appears in {@link #toString()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name   the repository name
 * @param owner  its owner
 * @param ref    a branch, tag or commit, or null for the default branch
 * @param weight its weight among the training data, above 0, or null
 * @param token  a GitHub token that can read it
 */
public record GithubRepository(String name, String owner, String ref, Double weight, String token) {

    /** The {@code type} of this repository on the wire. */
    public static final String TYPE = "github";

    /** A builder with nothing set; name, owner and token must be set before {@code build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The token masked, the other fields as they are. */
    @Override
    public String toString() {
        return "GithubRepository[name=" + name + ", owner=" + owner + ", ref=" + ref + ", weight=" + weight
                + ", token=****]";
    }

    /** Builds a {@link GithubRepository}; name, owner and token are required. */
    public static final class Builder {
        private String name;
        private String owner;
        private String ref;
        private Double weight;
        private String token;

        private Builder() {
        }

        /** The repository's name, without the owner (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The user or organisation owning the repository (required). */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** The branch, tag or commit to train on; unset for the default branch. */
        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        /** The repository's weight among the job's training data, above 0; unset for the server's default. */
        public Builder weight(double weight) {
            this.weight = weight;
            return this;
        }

        /** A GitHub token with read access to the repository (required; never printed). */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        @Override
        public String toString() {
            return "GithubRepository.Builder{name=" + name + ", owner=" + owner + ", token="
                    + (token == null ? "unset" : "****") + '}';
        }

        /**
         * The repository; throws {@link ValidationException} if name, owner or token is blank or the weight
         * is not above 0.
         */
        public GithubRepository build() {
            require("repositories.name", name);
            require("repositories.owner", owner);
            require("repositories.token", token);
            if (weight != null && !(weight > 0)) {
                throw new ValidationException("repositories.weight", "must be above 0, was " + weight);
            }
            return new GithubRepository(name, owner, ref, weight, token);
        }

        private static void require(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new ValidationException(field, "is required");
            }
        }
    }
}
