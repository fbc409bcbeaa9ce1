package io.mistral4j.audio;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.List;

/**
 * Changes to a custom voice's description ({@code PATCH /v1/audio/voices/{voice_id}}); unset
 * fields are left as they are.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name        a new name, or null
 * @param languages   new languages, or null
 * @param gender      a new gender, or null
 * @param age         a new age, or null
 * @param tags        new tags, or null
 * @param description a new description of at most 500 characters, or null
 */
public record VoiceUpdateRequest(String name, List<String> languages, String gender, Integer age, List<String> tags,
                                 String description) {

    /** Copies the lists. */
    public VoiceUpdateRequest {
        languages = languages == null ? null : List.copyOf(languages);
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** A builder with nothing changed. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link VoiceUpdateRequest}. */
    public static final class Builder {
        private String name;
        private List<String> languages;
        private String gender;
        private Integer age;
        private List<String> tags;
        private String description;

        private Builder() {
        }

        /** A new name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** New languages. */
        public Builder languages(List<String> languages) {
            this.languages = languages;
            return this;
        }

        /** A new gender. */
        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        /** A new age, 0 or more. */
        public Builder age(int age) {
            this.age = age;
            return this;
        }

        /** New tags. */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /** A new description of at most 500 characters. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Validates: a set name is not blank, the age 0 or more, the description at most 500 characters. */
        public VoiceUpdateRequest build() {
            if (name != null) {
                Require.text("name", name);
            }
            Require.noNulls("languages", languages);
            Require.atLeast("age", age, 0);
            if (description != null && description.length() > VoiceCreateRequest.MAX_DESCRIPTION) {
                throw new ValidationException("description", "must be at most "
                        + VoiceCreateRequest.MAX_DESCRIPTION + " characters, was " + description.length());
            }
            return new VoiceUpdateRequest(name, languages, gender, age, tags, description);
        }
    }
}
