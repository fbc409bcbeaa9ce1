package io.mistral4j.audio;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.UploadContent;
import io.mistral4j.internal.Require;
import io.mistral4j.internal.SamplingSettings;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Speech to transcribe ({@code POST /v1/audio/transcriptions}, multipart): the audio from
 * exactly one source (content streamed from a path, a stream or bytes; a URL; or the id of a
 * file uploaded to {@code /v1/files}), the model, and the optional settings. The same request
 * serves the plain and the streamed call.
 *
 * <pre>{@code
 * Transcription text = client.audio().transcribe(TranscriptionRequest.builder()
 *         .model("voxtral-mini-latest")
 *         .file(Path.of("meeting.wav"))
 *         .language("en")
 *         .timestampGranularities(TimestampGranularity.SEGMENT)
 *         .build());
 * }</pre>
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model                  the transcription model, e.g. {@code voxtral-mini-latest}
 * @param file                   the audio content, or null when {@code fileUrl} or {@code fileId} is set
 * @param fileUrl                a URL of the audio, or null
 * @param fileId                 the id of an uploaded audio file, or null
 * @param language               the audio's language as two letters ({@code en}), or null to detect it
 * @param temperature            sampling temperature (0 to 1.5, the ranges other requests share), or null
 * @param diarize                whether to tell speakers apart, or null for the server's default (no)
 * @param contextBias            words or phrases (no commas or spaces) to favour; empty for none
 * @param timestampGranularities how finely to time the text; empty for the server's default
 */
public record TranscriptionRequest(String model, UploadContent file, String fileUrl, String fileId, String language,
                                   Double temperature, Boolean diarize, List<String> contextBias,
                                   List<TimestampGranularity> timestampGranularities) {

    private static final Pattern LANGUAGE = Pattern.compile("^\\w{2}$");
    private static final Pattern BIAS_TERM = Pattern.compile("^[^,\\s]+$");
    private static final int MAX_URL_LENGTH = 2083;

    /** Copies the lists, a missing one becoming empty. */
    public TranscriptionRequest {
        contextBias = contextBias == null ? List.of() : List.copyOf(contextBias);
        timestampGranularities = timestampGranularities == null ? List.of() : List.copyOf(timestampGranularities);
    }

    /** A builder with nothing set; the model and one audio source are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.model = model;
        builder.file = file;
        builder.fileUrl = fileUrl;
        builder.fileId = fileId;
        builder.language = language;
        builder.sampling.temperature(temperature);
        builder.diarize = diarize;
        builder.contextBias = new ArrayList<>(contextBias);
        builder.timestampGranularities = new ArrayList<>(timestampGranularities);
        return builder;
    }

    /** Builds and validates a {@link TranscriptionRequest}. */
    public static final class Builder {
        private String model;
        private UploadContent file;
        private String fileUrl;
        private String fileId;
        private String language;
        private final SamplingSettings sampling = new SamplingSettings();
        private Boolean diarize;
        private List<String> contextBias = new ArrayList<>();
        private List<TimestampGranularity> timestampGranularities = new ArrayList<>();

        private Builder() {
        }

        /** The transcription model (required), e.g. {@code voxtral-mini-latest}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** An audio file on disk, uploaded under its own name and streamed. */
        public Builder file(Path path) {
            if (path == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(path));
        }

        /** A stream of audio of unknown length, sent chunked and read once. */
        public Builder file(InputStream stream, String filename) {
            if (stream == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(stream, filename));
        }

        /** Audio bytes in memory, uploaded under {@code filename} (its extension tells the format). */
        public Builder file(byte[] bytes, String filename) {
            if (bytes == null) {
                throw new ValidationException("file", "must not be null");
            }
            return file(UploadContent.of(bytes, filename));
        }

        /** The audio content and the name to upload it under. */
        public Builder file(UploadContent content) {
            this.file = content;
            return this;
        }

        /** A URL the server fetches the audio from (instead of a file). */
        public Builder fileUrl(String fileUrl) {
            this.fileUrl = fileUrl;
            return this;
        }

        /** The id of an audio file uploaded to {@code /v1/files} (instead of a file). */
        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        /** The language of the audio as two letters ({@code en}, {@code fr}); unset to detect it. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The sampling temperature, 0 to 1.5; unset for the server's default. */
        public Builder temperature(double temperature) {
            sampling.temperature(temperature);
            return this;
        }

        /** Whether to tell speakers apart (segments then name a speaker). */
        public Builder diarize(boolean diarize) {
            this.diarize = diarize;
            return this;
        }

        /** Adds words or phrases to favour; each must hold no comma and no white space. */
        public Builder contextBias(String... terms) {
            if (terms == null) {
                throw new ValidationException("contextBias", "must not be null");
            }
            contextBias.addAll(java.util.Arrays.asList(terms));
            return this;
        }

        /** Replaces the terms to favour. */
        public Builder contextBias(List<String> terms) {
            this.contextBias = terms == null ? new ArrayList<>() : new ArrayList<>(terms);
            return this;
        }

        /** Adds granularities to time the text at ({@code segment}, {@code word}). */
        public Builder timestampGranularities(TimestampGranularity... granularities) {
            if (granularities == null) {
                throw new ValidationException("timestampGranularities", "must not be null");
            }
            timestampGranularities.addAll(java.util.Arrays.asList(granularities));
            return this;
        }

        /**
         * Validates: the model and exactly one audio source are required, the language is two
         * letters, a URL is absolute and a file path readable; a bad value names its field.
         */
        public TranscriptionRequest build() {
            Require.text("model", model);
            requireOneSource();
            if (file instanceof UploadContent.FromPath path) {
                path.requireReadable();
            }
            if (fileUrl != null) {
                requireUrl(fileUrl);
            }
            if (fileId != null) {
                Require.text("fileId", fileId);
            }
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                throw new ValidationException("language", "must be two letters such as en or fr, was '"
                        + language + "'");
            }
            sampling.validate("");
            Require.noNulls("contextBias", contextBias);
            for (int i = 0; i < contextBias.size(); i++) {
                if (!BIAS_TERM.matcher(contextBias.get(i)).matches()) {
                    throw new ValidationException("contextBias[" + i + "]",
                            "must be non-empty with no comma or white space, was '" + contextBias.get(i) + "'");
                }
            }
            Require.noNulls("timestampGranularities", timestampGranularities);
            return new TranscriptionRequest(model, file, fileUrl, fileId, language, sampling.temperature(), diarize,
                    contextBias, timestampGranularities);
        }

        private void requireOneSource() {
            int sources = (file != null ? 1 : 0) + (fileUrl != null ? 1 : 0) + (fileId != null ? 1 : 0);
            if (sources == 0) {
                throw new ValidationException("file", "the audio is required: set file, fileUrl or fileId");
            }
            if (sources > 1) {
                throw new ValidationException("file", "only one audio source may be set, found " + sources
                        + " of file, fileUrl and fileId");
            }
        }

        private static void requireUrl(String url) {
            if (url.isEmpty() || url.length() > MAX_URL_LENGTH) {
                throw new ValidationException("fileUrl", "must be 1 to " + MAX_URL_LENGTH + " characters long");
            }
            try {
                if (!new URI(url).isAbsolute()) {
                    throw new ValidationException("fileUrl", "must be an absolute URL, was '" + url + "'");
                }
            } catch (URISyntaxException e) {
                throw new ValidationException("fileUrl", "is not a valid URL: " + e.getReason());
            }
        }
    }
}
