package io.mistral4j.audio;

import io.mistral4j.streaming.EventStream;

/** A streamed transcription: its events as they arrive, and the transcription they add up to. */
public interface TranscriptionStream extends EventStream<TranscriptionEvent> {

    /**
     * The transcription folded from the events read so far (see {@link TranscriptionAccumulator});
     * complete once the stream has been read to the end.
     */
    Transcription accumulated();
}
