package io.mistral4j.audio;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A custom voice to create from a sample recording ({@code POST /v1/audio/voices}); the sample
 * travels base64 encoded, as the API defines it.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param name            the voice's name
 * @param slug            a short name, or null
 * @param languages       the languages it speaks
 * @param gender          its gender as described, or null
 * @param age             its age as described, or null
 * @param tags            free-form tags, or null
 * @param color           a display color, or null
 * @param description     a description of at most 500 characters, or null
 * @param retentionNotice days to keep the sample after deletion, or null for the server's default (30)
 * @param sampleAudio     the sample recording, base64 encoded
 * @param sampleFilename  the sample's file name (its extension tells the format), or null
 */
public record VoiceCreateRequest(String name, String slug, List<String> languages, String gender, Integer age,
                                 List<String> tags, String color, String description, Integer retentionNotice,
                                 String sampleAudio, String sampleFilename) {

    static final int MAX_DESCRIPTION = 500;

    /** Copies the lists. */
    public VoiceCreateRequest {
        languages = languages == null ? List.of() : List.copyOf(languages);
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** A builder with nothing set; the name and the sample are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A short description; the sample itself is left out. */
    @Override
    public String toString() {
        return "VoiceCreateRequest[name=" + name + ", languages=" + languages + ", sampleFilename=" + sampleFilename
                + ", sampleAudio=" + (sampleAudio == null ? 0 : sampleAudio.length()) + " base64 characters]";
    }

    /** Builds and validates a {@link VoiceCreateRequest}. */
    public static final class Builder {
        private String name;
        private String slug;
        private final List<String> languages = new ArrayList<>();
        private String gender;
        private Integer age;
        private List<String> tags;
        private String color;
        private String description;
        private Integer retentionNotice;
        private String sampleAudio;
        private String sampleFilename;

        private Builder() {
        }

        /** The voice's name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** A short name. */
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /** Adds languages it speaks ({@code en}, {@code fr}). */
        public Builder languages(String... languages) {
            this.languages.addAll(List.of(languages));
            return this;
        }

        /** Its gender as described. */
        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        /** Its age as described, 0 or more. */
        public Builder age(int age) {
            this.age = age;
            return this;
        }

        /** Free-form tags. */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /** A display color. */
        public Builder color(String color) {
            this.color = color;
            return this;
        }

        /** A description of at most 500 characters. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Days to keep the sample after the voice is deleted. */
        public Builder retentionNotice(int days) {
            this.retentionNotice = days;
            return this;
        }

        /** The sample recording on disk, read and encoded here; its name is sent as the file name. */
        public Builder sample(Path audio) {
            if (audio == null) {
                throw new ValidationException("sampleAudio", "must not be null");
            }
            try {
                byte[] bytes = Files.readAllBytes(audio);
                Path name = audio.getFileName();
                return sample(bytes, name == null ? null : name.toString());
            } catch (IOException e) {
                throw new ValidationException("sampleAudio", "cannot be read: " + audio + " (" + e.getMessage() + ")");
            }
        }

        /** The sample recording in memory and its file name (whose extension tells the format). */
        public Builder sample(byte[] audio, String filename) {
            if (audio == null) {
                throw new ValidationException("sampleAudio", "must not be null");
            }
            this.sampleAudio = Base64.getEncoder().encodeToString(audio);
            this.sampleFilename = filename;
            return this;
        }

        /** Validates: the name and a non-empty sample are required, the description is at most 500 characters. */
        public VoiceCreateRequest build() {
            Require.text("name", name);
            Require.text("sampleAudio", sampleAudio);
            Require.noNulls("languages", languages);
            Require.atLeast("age", age, 0);
            Require.atLeast("retentionNotice", retentionNotice, 0);
            if (description != null && description.length() > MAX_DESCRIPTION) {
                throw new ValidationException("description", "must be at most " + MAX_DESCRIPTION
                        + " characters, was " + description.length());
            }
            return new VoiceCreateRequest(name, slug, languages, gender, age, tags, color, description,
                    retentionNotice, sampleAudio, sampleFilename);
        }
    }
}
