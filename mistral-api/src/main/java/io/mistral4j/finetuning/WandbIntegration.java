package io.mistral4j.finetuning;

import io.mistral4j.errors.ValidationException;

/**
 * Reports a fine-tuning job's metrics to Weights &amp; Biases. The API key is sent to Mistral,
 * which hands it to W&amp;B; it never appears in {@link #toString()}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param project the W&amp;B project the run is created under
 * @param name    a display name for the run, or null for the job id
 * @param apiKey  the W&amp;B API key (40 characters)
 * @param runName the run name, or null
 */
public record WandbIntegration(String project, String name, String apiKey, String runName) {

    /** The {@code type} of this integration on the wire. */
    public static final String TYPE = "wandb";

    private static final int API_KEY_LENGTH = 40;

    /** A builder with nothing set; project and API key must be set before {@code build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key masked, the other fields as they are. */
    @Override
    public String toString() {
        return "WandbIntegration[project=" + project + ", name=" + name + ", apiKey=****, runName=" + runName + ']';
    }

    /** Builds a {@link WandbIntegration}; project and API key are required. */
    public static final class Builder {
        private String project;
        private String name;
        private String apiKey;
        private String runName;

        private Builder() {
        }

        /** The W&amp;B project the run is created under (required). */
        public Builder project(String project) {
            this.project = project;
            return this;
        }

        /** A display name for the run; unset to let the job id name it. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The W&amp;B API key, exactly 40 characters (required; never printed). */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The W&amp;B run name; unset for none. */
        public Builder runName(String runName) {
            this.runName = runName;
            return this;
        }

        @Override
        public String toString() {
            return "WandbIntegration.Builder{project=" + project + ", apiKey=" + (apiKey == null ? "unset" : "****")
                    + '}';
        }

        /**
         * The integration; throws {@link ValidationException} if the project is blank or the API key is
         * missing or not 40 characters long.
         */
        public WandbIntegration build() {
            if (project == null || project.isBlank()) {
                throw new ValidationException("integrations.project", "is required");
            }
            if (apiKey == null || apiKey.isBlank()) {
                throw new ValidationException("integrations.apiKey", "is required");
            }
            if (apiKey.length() != API_KEY_LENGTH) {
                // The length only: the key itself must never reach a message.
                throw new ValidationException("integrations.apiKey", "must be " + API_KEY_LENGTH
                        + " characters long, was " + apiKey.length());
            }
            return new WandbIntegration(project, name, apiKey, runName);
        }
    }
}
