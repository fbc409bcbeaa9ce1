package io.mistral4j.tck.simulator.wire;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

/**
 * Writes events as HTTP/1.1 chunks of their own while several share one socket write, as a
 * server behind a proxy that coalesces writes sends them. The JDK's HTTP server makes a chunk
 * per flush and flushes the socket with it, so these frames go to the exchange's buffered
 * socket stream beneath its chunked stream, which still writes the terminating chunk when
 * closed. That stream is reached by reflection, which needs
 * {@code --add-opens jdk.httpserver/sun.net.httpserver=ALL-UNNAMED}; without it {@link #of}
 * answers null and the caller falls back to a chunk per flush.
 */
final class ChunkFrames {

    private static final byte[] CRLF = {'\r', '\n'};

    private final OutputStream socket;

    private ChunkFrames(OutputStream socket) {
        this.socket = socket;
    }

    /** Frames for {@code exchange}, whose headers are sent (chunked); null when the server's stream is out of reach. */
    static ChunkFrames of(HttpExchange exchange) {
        try {
            Object impl = field(exchange.getClass(), "impl").get(exchange);
            Object stream = field(impl.getClass(), "ros").get(impl);
            return stream instanceof OutputStream out ? new ChunkFrames(out) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        if (!field.trySetAccessible()) {
            throw new IllegalStateException("not opened: " + name);
        }
        return field;
    }

    /** One chunk, held in the socket's buffer until {@link #flush()}. */
    void write(byte[] data) throws IOException {
        socket.write(Integer.toHexString(data.length).getBytes(StandardCharsets.US_ASCII));
        socket.write(CRLF);
        socket.write(data);
        socket.write(CRLF);
    }

    void flush() throws IOException {
        socket.flush();
    }
}
