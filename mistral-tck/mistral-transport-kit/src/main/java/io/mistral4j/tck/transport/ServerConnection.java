package io.mistral4j.tck.transport;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSocket;

/**
 * One accepted connection of the kit's server: parses HTTP/1.1 requests one after the other
 * (answering {@code CONNECT} as a proxy that tunnels to itself) and hands each to the routes.
 * It records whether the peer or the server ended it, which is how the kit sees connections
 * being reused, released and leaked.
 */
final class ServerConnection implements Runnable {

    final int id;
    private final TckServer server;
    private final Socket socket;
    private final SocketChannel channel;
    private InputStream in;
    private OutputStream out;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean closedByPeer;
    private volatile String tunnel;
    private volatile String protocol = "HTTP/1.1";
    private volatile int requests;

    ServerConnection(int id, TckServer server, Socket socket) {
        this.id = id;
        this.server = server;
        this.socket = socket;
        this.channel = null;
    }

    ServerConnection(int id, TckServer server, SocketChannel channel) {
        this.id = id;
        this.server = server;
        this.socket = null;
        this.channel = channel;
    }

    @Override
    public void run() {
        try {
            open();
            if (socket instanceof SSLSocket) {
                SSLSocket tls = (SSLSocket) socket;
                tls.startHandshake();
                if ("h2".equals(tls.getApplicationProtocol())) {
                    protocol = "HTTP/2";
                    new Http2Session(this, in, out).run();
                    return;
                }
            }
            serve();
        } catch (IOException | RuntimeException e) {
            // the peer went away, reset, or failed the TLS handshake: all end this connection
            if (!closed.get()) {
                closedByPeer = true;
            }
            server.noteFailure(this, e);
        } finally {
            close();
        }
    }

    private void open() throws IOException {
        if (socket != null) {
            in = new BufferedInputStream(socket.getInputStream(), 8 * 1024);
            out = socket.getOutputStream();
        } else {
            in = new BufferedInputStream(Channels.newInputStream(channel), 8 * 1024);
            out = Channels.newOutputStream(channel);
        }
    }

    private void serve() throws IOException {
        while (!closed.get()) {
            String line = FramedBodies.readLine(in);
            if (line == null) {
                closedByPeer = true;
                return;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                new TckResponse(out).send(400, ("bad request line: " + line).getBytes(StandardCharsets.UTF_8),
                        "Connection", "close");
                return;
            }
            List<String[]> headers = readHeaders();
            if (parts[0].equals("CONNECT")) {
                tunnel = parts[1];
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                continue;
            }
            TckRequest request = request(parts[0], parts[1], headers);
            if (request.hasToken("expect", "100-continue")) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            boolean keepAlive = server.routes().handle(request, new TckResponse(out));
            if (!keepAlive || closed.get()) {
                return;
            }
            request.body.transferTo(OutputStream.nullOutputStream());
            if (request.hasToken("connection", "close")) {
                return;
            }
        }
    }

    private List<String[]> readHeaders() throws IOException {
        List<String[]> headers = new ArrayList<>();
        String line;
        while ((line = FramedBodies.readLine(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
            }
        }
        return headers;
    }

    private TckRequest request(String method, String target, List<String[]> headers) {
        InputStream body;
        String framing;
        String transferEncoding = null;
        String contentLength = null;
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase("transfer-encoding")) {
                transferEncoding = header[1];
            } else if (header[0].equalsIgnoreCase("content-length")) {
                contentLength = header[1];
            }
        }
        if (transferEncoding != null && transferEncoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            body = new FramedBodies.Chunked(in);
            framing = "chunked";
        } else if (contentLength != null) {
            body = new FramedBodies.Fixed(in, Long.parseLong(contentLength.strip()));
            framing = "length";
        } else {
            body = new ByteArrayInputStream(new byte[0]);
            framing = "none";
        }
        return new TckRequest(method, target, headers, body, framing, this, ++requests);
    }

    /** Blocks until the peer closes or resets the connection, or until {@code millis} pass. */
    void awaitPeerClose(long millis) {
        try {
            if (socket != null) {
                socket.setSoTimeout((int) millis);
            }
            while (in.read() >= 0) {
                // discard whatever else the client sends
            }
            closedByPeer = true;
        } catch (IOException e) {
            closedByPeer = !closed.get();
        }
    }

    /** Aborts the connection with a TCP reset (RST) instead of an orderly close. */
    void reset() {
        if (closed.compareAndSet(false, true)) {
            try {
                if (socket != null) {
                    socket.setSoLinger(true, 0);
                    socket.close();
                } else {
                    channel.close();
                }
            } catch (IOException ignored) {
                // already gone is as good as reset
            }
            server.ended(this);
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                if (socket != null) {
                    socket.close();
                } else {
                    channel.close();
                }
            } catch (IOException ignored) {
                // closing a broken socket has nothing left to report
            }
            server.ended(this);
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    boolean closedByPeer() {
        return closedByPeer;
    }

    /** The authority of the CONNECT that opened this tunnel, or null. */
    String tunnel() {
        return tunnel;
    }

    String protocol() {
        return protocol;
    }

    int requests() {
        return requests;
    }

    @Override
    public String toString() {
        return "connection #" + id + " (" + requests + " requests" + (tunnel != null ? ", tunnel to " + tunnel : "")
                + ", " + (closed.get() ? closedByPeer ? "closed by the client" : "closed by the server" : "open") + ")";
    }
}
