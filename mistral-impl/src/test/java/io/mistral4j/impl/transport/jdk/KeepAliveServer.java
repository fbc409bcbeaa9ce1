package io.mistral4j.impl.transport.jdk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that answers every request with a small JSON 200 and keeps the
 * connection alive, counting the connections open now and the most ever open at once, as the
 * server side of a pool sees them. A silent server reads requests and never answers; a scripted
 * one writes each answer as the test's script likes, at the pace it likes.
 */
final class KeepAliveServer implements AutoCloseable {

    static final String BODY = "{\"ok\":true}";

    /** Writes one whole answer: status line, headers and body. */
    @FunctionalInterface
    interface Answer {
        void write(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "keep-alive-server");
        thread.setDaemon(true);
        return thread;
    });
    /** Null for a silent server. */
    private final Answer answer;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final List<String> heads = new CopyOnWriteArrayList<>();

    private KeepAliveServer(Answer answer) throws IOException {
        this.answer = answer;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.execute(this::accept);
    }

    static KeepAliveServer answering() throws IOException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        return new KeepAliveServer(out -> {
            out.write(head("application/json", body.length));
            out.write(body);
        });
    }

    static KeepAliveServer silent() throws IOException {
        return new KeepAliveServer(null);
    }

    static KeepAliveServer scripted(Answer answer) throws IOException {
        return new KeepAliveServer(answer);
    }

    /** The head of a 200 answer of {@code length} bytes of {@code type}. */
    static byte[] head(String type, long length) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    int port() {
        return socket.getLocalPort();
    }

    int openConnections() {
        return open.get();
    }

    int mostOpenAtOnce() {
        return mostOpen.get();
    }

    int acceptedConnections() {
        return accepted.get();
    }

    /** The heads of the requests received so far, each its lines joined by {@code \n}. */
    List<String> requestHeads() {
        return List.copyOf(heads);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.incrementAndGet();
                live.add(connection);
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                connections.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = connection.getOutputStream();
            String head;
            while ((head = readHead(in)) != null) {
                heads.add(head);
                if (answer != null) {
                    answer.write(out);
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client closed the connection, or the server is closing
        } finally {
            live.remove(connection);
            open.decrementAndGet();
        }
    }

    /** Reads one request head (the tests send no bodies); null at the end of the connection. */
    private static String readHead(BufferedReader in) throws IOException {
        StringBuilder head = new StringBuilder();
        String line = in.readLine();
        while (line != null && !line.isEmpty()) {
            head.append(line).append('\n');
            line = in.readLine();
        }
        return line == null ? null : head.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : live) {
            connection.close();
        }
        connections.shutdownNow();
    }
}
