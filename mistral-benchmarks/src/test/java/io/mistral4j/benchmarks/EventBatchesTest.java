package io.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The in-memory stream hands out whole events, a few per read, and the whole stream in order. */
class EventBatchesTest {

    @Test
    void eachReadEndsAfterItsEvents() throws IOException {
        byte[] stream = "data: 1\n\ndata: 2\n\ndata: 3\n\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
        EventBatches batches = EventBatches.of(stream, EventBatches.readEnds(stream, 2));
        byte[] buffer = new byte[8192];

        assertThat(new String(buffer, 0, batches.read(buffer, 0, buffer.length), StandardCharsets.UTF_8))
                .isEqualTo("data: 1\n\ndata: 2\n\n");
        assertThat(new String(buffer, 0, batches.read(buffer, 0, buffer.length), StandardCharsets.UTF_8))
                .isEqualTo("data: 3\n\ndata: [DONE]\n\n");
        assertThat(batches.read(buffer, 0, buffer.length)).isEqualTo(-1);
    }

    @Test
    void theWholeStreamComesThroughAndTheRawScanCountsItsEvents() throws IOException {
        byte[] stream = "data: 1\n\ndata: 2\n\n".getBytes(StandardCharsets.UTF_8);
        EventBatches batches = EventBatches.of(stream, EventBatches.readEnds(stream, 10));

        assertThat(batches.readAllBytes()).isEqualTo(stream);
        assertThat(StreamEventsBenchmark.scanForEvents(EventBatches.of(stream, EventBatches.readEnds(stream, 1))))
                .isEqualTo(2);
    }
}
