package io.mistral4j.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the events of a streamed transcription into the {@link Transcription} the plain call
 * answers: the text joined from its deltas, the language and segments as they come, and, once
 * {@code transcription.done} arrives, what it says (the server's final word: its segments are
 * the ones asked for, none when no granularity was). For subscribers
 * of the publisher form; {@link TranscriptionStream#accumulated()} does this for a stream. Not
 * thread-safe.
 */
public final class TranscriptionAccumulator {

    private final StringBuilder text = new StringBuilder();
    private final List<TranscriptionSegment> segments = new ArrayList<>();
    private String language;
    private TranscriptionEvent.Done done;

    /** Starts with nothing heard. */
    public TranscriptionAccumulator() {
    }

    /** Adds one event; unknown events are skipped. Returns the event, to fold inside a pipeline. */
    public TranscriptionEvent add(TranscriptionEvent event) {
        if (event instanceof TranscriptionEvent.TextDelta delta && delta.text() != null) {
            text.append(delta.text());
        } else if (event instanceof TranscriptionEvent.Language heard) {
            language = heard.audioLanguage();
        } else if (event instanceof TranscriptionEvent.Segment segment) {
            segments.add(segment.toSegment());
        } else if (event instanceof TranscriptionEvent.Done last) {
            done = last;
        }
        return event;
    }

    /** Whether {@code transcription.done} has been added: the result is then complete. */
    public boolean isDone() {
        return done != null;
    }

    /** The transcription so far; the done event's values win over the folded ones once it has come. */
    public Transcription result() {
        if (done == null) {
            return new Transcription(null, text.toString(), language, segments, null);
        }
        return new Transcription(done.model(), done.text() != null ? done.text() : text.toString(),
                done.language() != null ? done.language() : language,
                done.segments(), done.usage());
    }
}
