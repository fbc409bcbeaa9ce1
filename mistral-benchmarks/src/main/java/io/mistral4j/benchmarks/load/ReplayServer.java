package io.mistral4j.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fast stand-in for the API in the load driver's {@code wire} shape: the simulator's answers to
 * the driver's three requests, captured once, then replayed from memory over plain blocking
 * sockets. A server that costs next to nothing per event keeps the client the bottleneck, as a
 * fast model behind a coalescing proxy does; the simulator composes and writes each event itself
 * and is slower than the clients it measures, which hides their per-event cost (they wait for it).
 *
 * <p>Streams go out as the wire shape says: the head, then every event as an HTTP/1.1 chunk of its
 * own, the socket written once every {@code eventsPerFlush} events, {@code data: [DONE]} and the
 * terminating chunk in the last write. A second listener, the admin port, answers
 * {@code GET /connections} with how many connections the API port has accepted, so that a worker
 * can count the new connections each scenario opens.
 *
 * <p>Arguments: the simulator's base URL, its API key and the events per flush. Prints the API's
 * base URL, then {@code admin <url>}; runs until stopped.
 */
public final class ReplayServer implements Closeable {

    private static final byte[] NOT_FOUND = response("404 Not Found", "application/json",
            "{\"message\":\"the replay server answers the load driver's three calls only\"}"
                    .getBytes(StandardCharsets.UTF_8));

    private final Answers answers;
    private final ServerSocket api;
    private final ServerSocket admin;
    private final AtomicLong connections = new AtomicLong();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "replay");
        thread.setDaemon(true);
        return thread;
    });

    private ReplayServer(Answers answers) throws IOException {
        this.answers = answers;
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        this.api = new ServerSocket(0, 1024, loopback);
        this.admin = new ServerSocket(0, 16, loopback);
        threads.execute(() -> accept(api, true));
        threads.execute(() -> accept(admin, false));
    }

    public static void main(String[] args) throws Exception {
        Answers answers = Answers.capture(args[0], args[1], Integer.parseInt(args[2]));
        ReplayServer server = start(answers);
        System.out.println(server.baseUrl());
        System.out.println("admin " + server.adminUrl());
        System.out.flush();
        Thread.currentThread().join(); // until the driver stops this JVM
    }

    static ReplayServer start(Answers answers) throws IOException {
        return new ReplayServer(answers);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + api.getLocalPort();
    }

    String adminUrl() {
        return "http://127.0.0.1:" + admin.getLocalPort();
    }

    /** Connections the API port has accepted so far. */
    long connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        api.close();
        admin.close();
        threads.shutdownNow();
    }

    private void accept(ServerSocket listener, boolean counted) {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                if (counted) {
                    connections.incrementAndGet();
                }
                socket.setTcpNoDelay(true);
                threads.execute(() -> serve(socket, counted));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Answers the connection's requests in turn until the client closes it. */
    private void serve(Socket socket, boolean isApi) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = socket.getOutputStream();
            Request request;
            while ((request = Request.read(in)) != null) {
                if (!isApi) {
                    out.write(response("200 OK", "text/plain",
                            Long.toString(connections.get()).getBytes(StandardCharsets.US_ASCII)));
                } else if (request.path.equals("/v1/chat/completions") && request.streams()) {
                    for (byte[] write : answers.streamWrites) {
                        out.write(write);
                    }
                } else if (request.path.equals("/v1/chat/completions")) {
                    out.write(answers.chat);
                } else if (request.path.equals("/v1/embeddings")) {
                    out.write(answers.embeddings);
                } else {
                    out.write(NOT_FOUND);
                }
                out.flush();
                if (request.closes) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static byte[] response(String status, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return whole;
    }

    /** The three answers, each as the bytes of its socket writes. */
    static final class Answers {

        final byte[] chat;
        final List<byte[]> streamWrites;
        final byte[] embeddings;

        Answers(byte[] chatBody, List<byte[]> streamEvents, int eventsPerFlush, byte[] embeddingsBody) {
            if (eventsPerFlush < 1) {
                throw new IllegalArgumentException("eventsPerFlush must be at least 1");
            }
            this.chat = response("200 OK", "application/json", chatBody);
            this.embeddings = response("200 OK", "application/json", embeddingsBody);
            this.streamWrites = streamWrites(streamEvents, eventsPerFlush);
        }

        /** The simulator's answers to the requests the library sends for the driver's calls. */
        static Answers capture(String simulatorUrl, String apiKey, int eventsPerFlush)
                throws IOException, InterruptedException {
            WireRequests wire = WireRequests.capture(simulatorUrl, apiKey);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            byte[] chat = send(client, wire.chat);
            byte[] stream = send(client, wire.stream);
            byte[] embeddings = send(client, wire.embeddings);
            return new Answers(chat, events(new String(stream, StandardCharsets.UTF_8)), eventsPerFlush, embeddings);
        }

        /** A stream's body split after each event (each ends with a blank line). */
        static List<byte[]> events(String body) {
            List<byte[]> events = new ArrayList<>();
            int start = 0;
            int end;
            while ((end = body.indexOf("\n\n", start)) >= 0) {
                events.add(body.substring(start, end + 2).getBytes(StandardCharsets.UTF_8));
                start = end + 2;
            }
            if (events.size() < 2 || start != body.length() || !body.endsWith("data: [DONE]\n\n")) {
                throw new IllegalStateException("not a complete event stream: " + body);
            }
            return events;
        }

        private static byte[] send(HttpClient client, WireRequests.Captured captured)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(captured.uri())
                    .method(captured.method(), HttpRequest.BodyPublishers.ofByteArray(captured.body()));
            captured.headers().asMap().forEach((name, values) -> {
                if (name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("content-type")
                        || name.equalsIgnoreCase("accept")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("the simulator answered " + response.statusCode() + " to " + captured.uri());
            }
            return response.body();
        }

        /** The head alone (a server sends it before the first event), then a write per flush of events. */
        private static List<byte[]> streamWrites(List<byte[]> events, int eventsPerFlush) {
            List<byte[]> writes = new ArrayList<>();
            writes.add(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream write = new ByteArrayOutputStream();
            for (int i = 0; i < events.size(); i++) {
                byte[] event = events.get(i);
                write.writeBytes(Integer.toHexString(event.length).getBytes(StandardCharsets.US_ASCII));
                write.writeBytes(new byte[] {'\r', '\n'});
                write.writeBytes(event);
                write.writeBytes(new byte[] {'\r', '\n'});
                boolean last = i == events.size() - 1;
                if (last) {
                    write.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                if (last || (i + 1) % eventsPerFlush == 0) {
                    writes.add(write.toByteArray());
                    write.reset();
                }
            }
            return List.copyOf(writes);
        }
    }

    /** What the server needs of a request: its path, whether it asks for a stream, whether it closes. */
    private record Request(String path, String body, boolean closes) {

        boolean streams() {
            return body.contains("\"stream\":true");
        }

        /** The next request on the connection, its body read whole; null at the end of the connection. */
        static Request read(InputStream in) throws IOException {
            String head = head(in);
            if (head == null) {
                return null;
            }
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            if (requestLine.length < 3) {
                throw new IOException("not an HTTP request: " + lines[0]);
            }
            long length = 0;
            boolean chunked = false;
            boolean closes = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closes = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            byte[] body = chunked ? chunkedBody(in) : in.readNBytes((int) length);
            String path = requestLine[1];
            int query = path.indexOf('?');
            return new Request(query < 0 ? path : path.substring(0, query),
                    new String(body, StandardCharsets.UTF_8), closes);
        }

        /** The request line and headers, without the blank line; null when the connection ends first. */
        private static String head(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream(512);
            int matched = 0;
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                // how much of CR LF CR LF the head ends with
                if (b == '\r') {
                    matched = matched == 2 ? 3 : 1;
                } else if (b == '\n' && (matched == 1 || matched == 3)) {
                    matched++;
                } else {
                    matched = 0;
                }
                if (matched == 4) {
                    byte[] bytes = head.toByteArray();
                    return new String(bytes, 0, bytes.length - 4, StandardCharsets.US_ASCII);
                }
                if (head.size() > 64 * 1024) {
                    throw new IOException("request head over 64 KiB");
                }
            }
            return null;
        }

        private static byte[] chunkedBody(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                int semicolon = size.indexOf(';');
                int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (length == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers, ignored
                    }
                    return body.toByteArray();
                }
                body.writeBytes(in.readNBytes(length));
                line(in);
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (b < 0) {
                throw new IOException("connection ended inside a chunked body");
            }
            return line.toString();
        }
    }
}
