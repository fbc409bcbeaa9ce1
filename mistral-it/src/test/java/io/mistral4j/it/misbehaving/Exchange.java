package io.mistral4j.it.misbehaving;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One request being answered: the request as read, the connection's output and a deadline
 * after which every behaviour stops by itself.
 */
final class Exchange {

    private final RecordedRequest request;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final long deadlineNanos;
    private final AtomicLong bytesWritten;

    Exchange(RecordedRequest request, Socket socket, InputStream in, OutputStream out, long deadlineNanos,
             AtomicLong bytesWritten) {
        this.request = request;
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.deadlineNanos = deadlineNanos;
        this.bytesWritten = bytesWritten;
    }

    RecordedRequest request() {
        return request;
    }

    /** Whether the behaviour may go on: its maximum time has not passed and the server is open. */
    boolean running() {
        return System.nanoTime() < deadlineNanos && !socket.isClosed();
    }

    void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes and flushes; fails once the client has closed the connection. */
    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        bytesWritten.addAndGet(bytes.length);
    }

    /** Writes one chunk of a chunked body. */
    void writeChunk(byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    void writeChunk(String text) throws IOException {
        writeChunk(text.getBytes(StandardCharsets.UTF_8));
    }

    void endChunks() throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Sleeps {@code millis}, less if the deadline comes first; returns {@link #running()}. */
    boolean pause(long millis) throws InterruptedException {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        Thread.sleep(Math.max(0, Math.min(millis, left)));
        return running();
    }

    /**
     * Sends nothing until the deadline or until the client closes the connection, whichever
     * comes first; returns whether the client closed it.
     */
    boolean holdUntilClientCloses() throws IOException {
        int previous = socket.getSoTimeout();
        socket.setSoTimeout(100);
        try {
            while (running()) {
                try {
                    if (in.read() < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // nothing from the client yet: keep holding
                } catch (IOException reset) {
                    return true;
                }
            }
            return false;
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(previous);
            }
        }
    }
}
