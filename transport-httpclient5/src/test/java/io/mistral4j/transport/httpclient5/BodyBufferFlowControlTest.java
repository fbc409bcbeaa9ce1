package io.mistral4j.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Random;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.junit.jupiter.api.Test;

/**
 * The buffer's grants against HttpCore's input window, modelled as HttpCore keeps it: the window
 * starts at the client's own initial size, every byte handed to the buffer is taken off it, every
 * grant is added to it, and the client reads from the socket only while it is positive. Over
 * HTTP/1.1 HttpCore hands over all it has read, whatever its window (it reads ahead while the
 * server keeps the socket full), and asks for capacity each time the window is at or below zero;
 * over HTTP/2 the server cannot send past the window, and HttpCore asks whenever it is below half
 * its initial size. However the fills and reads fall, the client must never be left waiting for
 * capacity with nothing left for the reader (both would wait for ever), and what the buffer holds
 * plus what the client may still send must stay within the buffer's capacity and that initial window.
 */
class BodyBufferFlowControlTest {

    private static final int INITIAL_WINDOW = 65_535;
    private static final byte[] ZEROS = new byte[64 * 1024];
    private static final byte[] TARGET = new byte[64 * 1024];

    @Test
    void whatTheClientReadAheadPastItsWindowIsGrantedBackOnceTheReaderHasTakenIt() throws IOException {
        BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(5));
        Http1Window window = new Http1Window(buffer);

        window.receive(2 << 20, 8 * 1024); // 2 MiB in one go: far past the window and the buffer's capacity
        assertThat(window.open()).as("the client's window after a read-ahead").isFalse();
        drain(buffer);

        assertThat(window.open()).as("the client's window once the reader has taken everything (%s)", window).isTrue();
        assertThat(window.size).isLessThanOrEqualTo(BodyBuffer.CAPACITY + INITIAL_WINDOW);
    }

    @Test
    void closingAfterAReadAheadLetsTheClientReadOnToItsFailure() throws IOException {
        BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(5));
        Http1Window window = new Http1Window(buffer);

        window.receive(2 << 20, 8 * 1024);
        buffer.close();

        assertThat(window.open()).as("the client's window after close (%s)", window).isTrue();
    }

    @Test
    void noScheduleOfHttp1ReadsLeavesBothSidesWaiting() throws IOException {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(5));
            Http1Window window = new Http1Window(buffer);
            for (int step = 0; step < 1_000; step++) {
                if (random.nextInt(3) > 0) {
                    if (window.open()) {
                        // now and then a long read-ahead, as while a fast server keeps the socket full
                        int burst = random.nextInt(50) == 0 ? 300_000 + random.nextInt(600_000) : 1 + random.nextInt(32 * 1024);
                        window.receive(burst, 1 + random.nextInt(16 * 1024));
                    }
                } else if (!readSome(buffer, random)) {
                    assertThat(window.open()).as("seed %d, step %d: the reader has nothing and the client waits (%s)",
                            seed, step, window).isTrue();
                }
                assertThat(window.size).as("seed %d, step %d: what the client may read before it waits", seed, step)
                        .isLessThanOrEqualTo(BodyBuffer.CAPACITY + INITIAL_WINDOW);
            }
        }
    }

    @Test
    void noScheduleOfHttp2FramesLeavesBothSidesWaitingOrPassesTheBound() throws IOException {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            BodyBuffer buffer = new BodyBuffer(Duration.ofSeconds(5));
            Http2Window window = new Http2Window(buffer);
            for (int step = 0; step < 1_000; step++) {
                if (random.nextInt(3) > 0) {
                    window.receiveFrame(1 + random.nextInt(16 * 1024)); // the server sends within the window only
                } else if (!readSome(buffer, random)) {
                    assertThat(window.open()).as("seed %d, step %d: the reader has nothing and the server may not send (%s)",
                            seed, step, window).isTrue();
                }
                assertThat(buffer.available() + Math.max(window.size, 0))
                        .as("seed %d, step %d: held plus sendable", seed, step)
                        .isLessThanOrEqualTo(BodyBuffer.CAPACITY + INITIAL_WINDOW);
            }
        }
    }

    /** Reads up to 64 KiB if anything is buffered; whether it read. */
    private static boolean readSome(BodyBuffer buffer, Random random) throws IOException {
        if (buffer.available() == 0) {
            return false;
        }
        buffer.read(TARGET, 0, 1 + random.nextInt(TARGET.length));
        return true;
    }

    private static void drain(BodyBuffer buffer) throws IOException {
        while (buffer.available() > 0) {
            buffer.read(TARGET, 0, 8 * 1024);
        }
    }

    /** An input window as HttpCore keeps it: starts at the initial size, grows by every grant. */
    private abstract static class InputWindow implements CapacityChannel {
        final BodyBuffer buffer;
        long size = INITIAL_WINDOW;

        InputWindow(BodyBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void update(int increment) {
            if (increment > 0) {
                size = Math.min(size + increment, Integer.MAX_VALUE);
            }
        }

        boolean open() {
            return size > 0;
        }

        @Override
        public String toString() {
            return "window " + size + ", buffered " + buffer.available();
        }
    }

    /** HttpCore's HTTP/1.1 input window, and the I/O thread's way of consuming a read. */
    private static final class Http1Window extends InputWindow {

        Http1Window(BodyBuffer buffer) {
            super(buffer);
        }

        /** Hands {@code bytes} over in pieces of {@code piece}, asking for capacity whenever the window is spent. */
        void receive(int bytes, int piece) throws IOException {
            for (int left = bytes; left > 0; left -= piece) {
                int size = Math.min(left, piece);
                buffer.fill(ByteBuffer.wrap(ZEROS, 0, size));
                this.size -= size;
                if (this.size <= 0) {
                    buffer.updateCapacity(this);
                }
            }
        }
    }

    /** HttpCore's HTTP/2 stream input window: the server sends within it, capacity is asked for below half of it. */
    private static final class Http2Window extends InputWindow {

        Http2Window(BodyBuffer buffer) {
            super(buffer);
        }

        void receiveFrame(int wanted) throws IOException {
            int frame = (int) Math.min(wanted, size);
            if (frame <= 0) {
                return;
            }
            size -= frame;
            if (size < INITIAL_WINDOW / 2) {
                buffer.updateCapacity(this);
            }
            buffer.fill(ByteBuffer.wrap(ZEROS, 0, frame));
        }
    }
}
