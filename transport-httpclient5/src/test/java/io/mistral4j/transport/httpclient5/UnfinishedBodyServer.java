package io.mistral4j.transport.httpclient5;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 whose bodies never finish, to watch what a client does
 * with a connection when the body is closed early. {@code /small} answers "ok" and keeps the
 * connection; {@code /endless} writes a chunked body until the client drops the connection;
 * {@code /silent} sends one chunk and then nothing. Every wait is bounded by 20 s.
 */
final class UnfinishedBodyServer implements AutoCloseable {

    private static final int MAX_MILLIS = 20_000;
    private static final int CHUNK = 16 * 1024;

    private final ServerSocket listener;
    private final Queue<Socket> connections = new ConcurrentLinkedQueue<>();
    private final AtomicLong endlessWritten = new AtomicLong();
    /** Completed when the client ends the connection of an unfinished answer. */
    final CompletableFuture<String> unfinishedClosed = new CompletableFuture<>();

    UnfinishedBodyServer() throws IOException {
        listener = new ServerSocket(0, 8, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptAll, "unfinished-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path);
    }

    /** Waits until the endless body has stopped advancing for 300 ms: the client no longer reads. */
    void awaitEndlessStalled() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = endlessWritten.get();
            if (now > 0 && now == last) {
                return;
            }
            last = now;
            Thread.sleep(300);
        }
        throw new AssertionError("the endless body never stalled; bytes written: " + endlessWritten.get());
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                Thread serving = new Thread(() -> serve(socket), "unfinished-body-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(MAX_MILLIS);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String head;
            while ((head = readHead(in)) != null) {
                if (head.startsWith("GET /endless ")) {
                    endless(out);
                    return;
                }
                if (head.startsWith("GET /silent ")) {
                    silent(in, out);
                    return;
                }
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException ignored) {
            // the client went away between requests
        }
    }

    private void endless(OutputStream out) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_MILLIS);
        try {
            startChunked(out);
            while (System.nanoTime() < deadline) {
                writeChunk(out);
                endlessWritten.addAndGet(CHUNK);
            }
        } catch (IOException e) {
            unfinishedClosed.complete("the client ended the connection: " + e);
        }
    }

    private void silent(InputStream in, OutputStream out) throws IOException {
        startChunked(out);
        writeChunk(out);
        try {
            if (in.read() < 0) {
                unfinishedClosed.complete("the client closed the connection");
            }
        } catch (SocketTimeoutException stillOpen) {
            // the client kept the connection for the whole wait
        } catch (IOException e) {
            unfinishedClosed.complete("the client ended the connection: " + e);
        }
    }

    private static void startChunked(OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeChunk(OutputStream out) throws IOException {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        out.write((Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The request head up to the blank line, or null when the client closed the connection. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last4 = last4 << 8 | b;
            if (last4 == 0x0D0A0D0A) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    /** Stops listening and ends every connection, so that no writer stays blocked. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}
