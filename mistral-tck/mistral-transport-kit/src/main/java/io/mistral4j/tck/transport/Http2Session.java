package io.mistral4j.tck.transport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Just enough of an HTTP/2 server (RFC 9113) to prove that a transport speaks HTTP/2 when TLS
 * negotiates it: every request stream, whatever its method and path, is answered with status
 * 200, {@code x-tck-protocol: HTTP/2} and a body that reports how many body bytes arrived.
 * Request header blocks are not decoded (the answer does not depend on them), so no HPACK
 * decoder is needed; answers are encoded with literal fields only.
 */
final class Http2Session {

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA = 0x0;
    private static final int HEADERS = 0x1;
    private static final int SETTINGS = 0x4;
    private static final int PING = 0x6;
    private static final int GOAWAY = 0x7;
    private static final int WINDOW_UPDATE = 0x8;
    private static final int CONTINUATION = 0x9;
    private static final int END_STREAM = 0x1;
    private static final int ACK = 0x1;
    private static final int END_HEADERS = 0x4;
    private static final int PADDED = 0x8;

    private final ServerConnection connection;
    private final DataInputStream in;
    private final OutputStream out;
    /** Body bytes received per open stream. */
    private final Map<Integer, Long> streams = new HashMap<>();
    private int streamsAnswered;

    Http2Session(ServerConnection connection, InputStream in, OutputStream out) {
        this.connection = connection;
        this.in = new DataInputStream(in);
        this.out = out;
    }

    void run() throws IOException {
        byte[] preface = new byte[PREFACE.length];
        in.readFully(preface);
        if (!Arrays.equals(preface, PREFACE)) {
            throw new IOException("not an HTTP/2 client preface");
        }
        frame(SETTINGS, 0, 0, new byte[0]);
        while (true) {
            int length;
            try {
                length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
            } catch (EOFException end) {
                return;
            }
            int type = in.readUnsignedByte();
            int flags = in.readUnsignedByte();
            int stream = in.readInt() & 0x7FFFFFFF;
            byte[] payload = new byte[length];
            in.readFully(payload);
            switch (type) {
                case SETTINGS:
                    if ((flags & ACK) == 0) {
                        frame(SETTINGS, ACK, 0, new byte[0]);
                    }
                    break;
                case PING:
                    if ((flags & ACK) == 0) {
                        frame(PING, ACK, 0, payload);
                    }
                    break;
                case HEADERS:
                    streams.putIfAbsent(stream, 0L);
                    if ((flags & END_HEADERS) == 0) {
                        skipContinuations();
                    }
                    if ((flags & END_STREAM) != 0) {
                        answer(stream);
                    }
                    break;
                case DATA:
                    int data = dataLength(payload, flags);
                    streams.merge(stream, (long) data, Long::sum);
                    if (length > 0) {
                        frame(WINDOW_UPDATE, 0, 0, int32(length));
                        if ((flags & END_STREAM) == 0) {
                            frame(WINDOW_UPDATE, 0, stream, int32(length));
                        }
                    }
                    if ((flags & END_STREAM) != 0) {
                        answer(stream);
                    }
                    break;
                case GOAWAY:
                    return;
                default:
                    break;   // PRIORITY, RST_STREAM, WINDOW_UPDATE and unknown types need nothing
            }
        }
    }

    int streamsAnswered() {
        return streamsAnswered;
    }

    private void skipContinuations() throws IOException {
        while (true) {
            int length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
            int type = in.readUnsignedByte();
            int flags = in.readUnsignedByte();
            in.readInt();
            in.readFully(new byte[length]);
            if (type != CONTINUATION) {
                throw new IOException("expected CONTINUATION, got frame type " + type);
            }
            if ((flags & END_HEADERS) != 0) {
                return;
            }
        }
    }

    private static int dataLength(byte[] payload, int flags) {
        return (flags & PADDED) != 0 ? payload.length - 1 - (payload[0] & 0xFF) : payload.length;
    }

    private void answer(int stream) throws IOException {
        long received = streams.getOrDefault(stream, 0L);
        streams.remove(stream);
        byte[] body = ("h2 stream " + stream + " received " + received + " body bytes")
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(0x88);   // :status 200, index 8 of the static table
        literal(block, "content-type", "text/plain");
        literal(block, "x-tck-protocol", "HTTP/2");
        literal(block, "x-tck-body-length", Long.toString(received));
        literal(block, "x-tck-connection", Integer.toString(connection.id));
        frame(HEADERS, END_HEADERS, stream, block.toByteArray());
        frame(DATA, END_STREAM, stream, body);
        streamsAnswered++;
    }

    /** A literal header field without indexing, with a new name, neither string Huffman-coded. */
    private static void literal(ByteArrayOutputStream block, String name, String value) {
        block.write(0x00);
        string(block, name);
        string(block, value);
    }

    private static void string(ByteArrayOutputStream block, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length >= 127) {
            throw new IllegalArgumentException("header strings here stay below 127 bytes");
        }
        block.write(bytes.length);
        block.writeBytes(bytes);
    }

    private void frame(int type, int flags, int stream, byte[] payload) throws IOException {
        byte[] frame = new byte[9 + payload.length];
        frame[0] = (byte) (payload.length >>> 16);
        frame[1] = (byte) (payload.length >>> 8);
        frame[2] = (byte) payload.length;
        frame[3] = (byte) type;
        frame[4] = (byte) flags;
        System.arraycopy(int32(stream), 0, frame, 5, 4);
        System.arraycopy(payload, 0, frame, 9, payload.length);
        out.write(frame);
        out.flush();
    }

    private static byte[] int32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
