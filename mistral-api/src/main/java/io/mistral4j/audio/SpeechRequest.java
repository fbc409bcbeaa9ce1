package io.mistral4j.audio;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text to speak ({@code POST /v1/audio/speech}): the text, the voice (a preset or custom voice
 * by id, or a short reference recording to imitate), the output format and the model. The same
 * request serves the plain and the streamed call.
 *
 * <pre>{@code
 * client.audio().speakTo(SpeechRequest.builder()
 *         .input("Hello from Mistral4J")
 *         .voiceId("en_paul_neutral")
 *         .responseFormat(SpeechOutputFormat.WAV)
 *         .build(), Path.of("hello.wav"));
 * }</pre>
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param model          the speech model, or null for the server's default
 * @param input          the text to speak
 * @param voiceId        a preset or custom voice, or null when {@code refAudio} is set
 * @param refAudio       a reference recording, base64 encoded, or null when {@code voiceId} is set
 * @param responseFormat the audio format of the answer, or null for the server's default ({@code mp3})
 * @param promptCacheKey a key to reuse the server's cache between calls, or null
 * @param metadata       free-form metadata recorded with the call, or null
 */
public record SpeechRequest(String model, String input, String voiceId, String refAudio,
                            SpeechOutputFormat responseFormat, String promptCacheKey, Map<String, Object> metadata) {

    /** Copies the metadata into an unmodifiable map. */
    public SpeechRequest {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A builder with nothing set; the text and one voice are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds and validates a {@link SpeechRequest}. */
    public static final class Builder {
        private String model;
        private String input;
        private String voiceId;
        private String refAudio;
        private SpeechOutputFormat responseFormat;
        private String promptCacheKey;
        private Map<String, Object> metadata;

        private Builder() {
        }

        /** The speech model; unset for the server's default. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The text to speak (required). */
        public Builder input(String input) {
            this.input = input;
            return this;
        }

        /** A preset or custom voice to speak with (instead of a reference recording). */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** A reference recording to imitate, already base64 encoded (instead of a voice id). */
        public Builder refAudio(String base64) {
            this.refAudio = base64;
            return this;
        }

        /** A reference recording to imitate (instead of a voice id), encoded here. */
        public Builder refAudio(byte[] audio) {
            if (audio == null) {
                throw new ValidationException("refAudio", "must not be null");
            }
            return refAudio(Base64.getEncoder().encodeToString(audio));
        }

        /** A reference recording on disk (a few seconds of speech), read and encoded here. */
        public Builder refAudio(Path audio) {
            if (audio == null) {
                throw new ValidationException("refAudio", "must not be null");
            }
            try {
                return refAudio(Files.readAllBytes(audio));
            } catch (IOException e) {
                throw new ValidationException("refAudio", "cannot be read: " + audio + " (" + e.getMessage() + ")");
            }
        }

        /** The audio format of the answer; unset for the server's default ({@code mp3}). */
        public Builder responseFormat(SpeechOutputFormat format) {
            this.responseFormat = format;
            return this;
        }

        /** The audio format by name ({@code wav}, {@code mp3}, ...); an unknown name fails at {@link #build()}. */
        public Builder responseFormat(String format) {
            return responseFormat(format == null ? null : SpeechOutputFormat.of(format));
        }

        /** A key under which the server may cache the prompt between calls. */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = promptCacheKey;
            return this;
        }

        /** Free-form metadata recorded with the call. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Validates: the text is required, exactly one of the voice id and the reference audio,
         * and the output format is one the API defines.
         */
        public SpeechRequest build() {
            Require.text("input", input);
            if (voiceId == null && refAudio == null) {
                throw new ValidationException("voiceId", "a voice is required: set voiceId or refAudio");
            }
            if (voiceId != null && refAudio != null) {
                throw new ValidationException("voiceId", "only one of voiceId and refAudio may be set");
            }
            if (voiceId != null) {
                Require.text("voiceId", voiceId);
            }
            if (refAudio != null) {
                Require.text("refAudio", refAudio);
            }
            if (responseFormat != null && !responseFormat.isKnown()) {
                throw new ValidationException("responseFormat", "must be one of "
                        + SpeechOutputFormat.knownValues() + ", was '" + responseFormat + "'");
            }
            return new SpeechRequest(model, input, voiceId, refAudio, responseFormat, promptCacheKey, metadata);
        }
    }
}
