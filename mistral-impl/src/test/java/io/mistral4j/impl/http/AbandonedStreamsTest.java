package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.Headers;
import io.mistral4j.RequestOptions;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Where a tracked stream was opened: the first frame outside the library, put into words on demand. */
class AbandonedStreamsTest {

    private static final ApiCall CALL = new ApiCall("chat.stream", null, "POST", "/v1/chat/completions", null, null,
            false, null, RequestOptions.none());

    private final AbandonedStreams streams = new AbandonedStreams(null);

    @Test
    void aStreamIsTracedToTheCallersFrame() {
        TransportResponse response = TransportResponse.of(200, Headers.empty(), new ByteArrayInputStream(new byte[0]));
        Object stream = new Object();

        AbandonedStreams.Tracked tracked = streams.track(stream, response, CALL);

        assertThat(tracked.openedAt()).startsWith(AbandonedStreamsTest.class.getName()
                + ".aStreamIsTracedToTheCallersFrame(AbandonedStreamsTest.java:");
        assertThat(streams.openCount()).isOne();
        tracked.closed();
        assertThat(streams.openCount()).isZero();
    }

    @Test
    void eachCallerIsNamedThoughTheClassesAreLookedUpOnce() {
        TransportResponse response = TransportResponse.of(200, Headers.empty(), new ByteArrayInputStream(new byte[0]));

        String first = openFromHere(response);
        String second = new Object() {
            String open() {
                return streams.track(this, response, CALL).openedAt();
            }
        }.open();

        assertThat(first).contains(".openFromHere(");
        assertThat(second).contains("AbandonedStreamsTest$1.open(");
        assertThat(streams.openCount()).isEqualTo(2);
    }

    private String openFromHere(TransportResponse response) {
        return streams.track(new Object(), response, CALL).openedAt();
    }
}
