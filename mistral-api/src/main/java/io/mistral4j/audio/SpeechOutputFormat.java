package io.mistral4j.audio;

import io.mistral4j.OpenEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audio format speech is answered in. Open: values this version does not know parse and round-trip unchanged, but a request refuses them (see {@link SpeechRequest.Builder#build()}). */
public final class SpeechOutputFormat extends OpenEnum {

    private static final Map<String, SpeechOutputFormat> KNOWN = new LinkedHashMap<>();

    /** {@code pcm}: raw 16-bit little-endian samples, no header. */
    public static final SpeechOutputFormat PCM = known("pcm");
    /** {@code wav}: PCM in a RIFF/WAVE file. */
    public static final SpeechOutputFormat WAV = known("wav");
    /** {@code mp3}: MPEG audio layer III, the server's default. */
    public static final SpeechOutputFormat MP3 = known("mp3");
    /** {@code flac}: lossless FLAC. */
    public static final SpeechOutputFormat FLAC = known("flac");
    /** {@code opus}: Opus in an Ogg container. */
    public static final SpeechOutputFormat OPUS = known("opus");

    private final boolean known;

    private SpeechOutputFormat(String value, boolean known) {
        super(value);
        this.known = known;
    }

    private static SpeechOutputFormat known(String value) {
        SpeechOutputFormat constant = new SpeechOutputFormat(value, true);
        KNOWN.put(value, constant);
        return constant;
    }

    /** The constant for {@code value}, or a new unknown value that keeps the string. */
    public static SpeechOutputFormat of(String value) {
        SpeechOutputFormat constant = KNOWN.get(value);
        return constant != null ? constant : new SpeechOutputFormat(value, false);
    }

    /** The values this version knows, in the spec's order. */
    public static Collection<SpeechOutputFormat> knownValues() {
        return Collections.unmodifiableCollection(KNOWN.values());
    }

    @Override
    public boolean isKnown() {
        return known;
    }
}
