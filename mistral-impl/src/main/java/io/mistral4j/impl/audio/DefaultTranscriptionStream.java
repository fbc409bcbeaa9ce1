package io.mistral4j.impl.audio;

import io.mistral4j.audio.Transcription;
import io.mistral4j.audio.TranscriptionAccumulator;
import io.mistral4j.audio.TranscriptionEvent;
import io.mistral4j.audio.TranscriptionStream;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.OpenedCall;
import io.mistral4j.impl.stream.FoldingEventStream;
import io.mistral4j.impl.stream.SseEventStream;
import io.mistral4j.spi.ApiCall;

/**
 * A transcription's event stream, folding each event it hands out into the transcription. The
 * answer sends no {@code [DONE]}: it ends after {@code transcription.done}.
 */
final class DefaultTranscriptionStream extends FoldingEventStream<TranscriptionEvent>
        implements TranscriptionStream {

    private final TranscriptionAccumulator accumulator;

    private DefaultTranscriptionStream(SseEventStream<TranscriptionEvent> events, CallEvents listeners,
                                       TranscriptionAccumulator accumulator) {
        super(events, listeners);
        this.accumulator = accumulator;
    }

    /** Sends the streaming {@code call}; its listeners get the folded transcription as the result. */
    static TranscriptionStream open(CallExecutor executor, ApiCall call) {
        OpenedCall opened = executor.openStream(call);
        TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
        SseEventStream<TranscriptionEvent> events = new SseEventStream<>(opened,
                data -> executor.decodeEvent(call, data, TranscriptionEvent.class, opened.response()),
                accumulator::result, event -> event instanceof TranscriptionEvent.Done, executor.abandonedStreams());
        return new DefaultTranscriptionStream(events, opened.events(), accumulator);
    }

    @Override
    protected void fold(TranscriptionEvent event, CallEvents listeners) {
        accumulator.add(event);
        if (event instanceof TranscriptionEvent.Done done && done.usage() != null) {
            listeners.onUsage(done.usage().promptTokens(), done.usage().completionTokens());
        }
    }

    @Override
    public Transcription accumulated() {
        return accumulator.result();
    }
}
