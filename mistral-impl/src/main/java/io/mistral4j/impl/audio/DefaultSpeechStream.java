package io.mistral4j.impl.audio;

import io.mistral4j.audio.SpeechEvent;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.OpenedCall;
import io.mistral4j.impl.stream.FoldingEventStream;
import io.mistral4j.impl.stream.SseEventStream;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.streaming.EventStream;

/** Streamed speech: audio pieces, then {@code speech.audio.done} (with the usage), after which it ends. */
final class DefaultSpeechStream extends FoldingEventStream<SpeechEvent> {

    private DefaultSpeechStream(SseEventStream<SpeechEvent> events, CallEvents listeners) {
        super(events, listeners);
    }

    static EventStream<SpeechEvent> open(CallExecutor executor, ApiCall call) {
        OpenedCall opened = executor.openStream(call);
        SseEventStream<SpeechEvent> events = new SseEventStream<>(opened,
                data -> executor.decodeEvent(call, data, SpeechEvent.class, opened.response()),
                null, event -> event instanceof SpeechEvent.Done, executor.abandonedStreams());
        return new DefaultSpeechStream(events, opened.events());
    }

    @Override
    protected void fold(SpeechEvent event, CallEvents listeners) {
        if (event instanceof SpeechEvent.Done done && done.usage() != null) {
            listeners.onUsage(done.usage().promptTokens(), done.usage().completionTokens());
        }
    }
}
