package io.mistral4j.it.misbehaving;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 server on 127.0.0.1 over raw sockets that answers each request with a scripted
 * {@link Behaviour}: the next one queued with {@link #enqueue}, else the default one. It reads
 * every request whole before answering and records it. One daemon thread per connection, at
 * most {@link #MAX_CONNECTIONS} at a time (more are closed at once); every behaviour stops after
 * {@code maxBehaviourTime}, an idle connection is closed after the same time, and
 * {@link #close()} ends everything.
 */
final class MisbehavingServer implements AutoCloseable {

    static final int MAX_CONNECTIONS = 64;
    static final Duration DEFAULT_MAX_BEHAVIOUR_TIME = Duration.ofSeconds(30);

    private final ServerSocket listener;
    private final Duration maxBehaviourTime;
    private final Queue<Behaviour> script = new ConcurrentLinkedQueue<>();
    private volatile Behaviour fallback = Behaviours.json(200, Payloads.MODEL_LIST);
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final Thread acceptor;
    private volatile boolean closed;

    private MisbehavingServer(Duration maxBehaviourTime) throws IOException {
        this.maxBehaviourTime = maxBehaviourTime;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 50);
        this.acceptor = new Thread(this::acceptLoop, "misbehaving-server-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static MisbehavingServer start() {
        return start(DEFAULT_MAX_BEHAVIOUR_TIME);
    }

    static MisbehavingServer start(Duration maxBehaviourTime) {
        try {
            return new MisbehavingServer(maxBehaviourTime);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
    }

    /** The base URL to give a client. */
    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** Answers the next request not yet scripted with {@code behaviour}. */
    MisbehavingServer enqueue(Behaviour behaviour) {
        script.add(behaviour);
        return this;
    }

    /** Answers every request with {@code behaviour} once the queue is empty. */
    MisbehavingServer always(Behaviour behaviour) {
        this.fallback = behaviour;
        return this;
    }

    /** The requests read whole so far, in order. */
    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    int requestCount() {
        return requests.size();
    }

    /** Connections accepted so far. */
    int acceptedConnections() {
        return accepted.get();
    }

    /** Connections neither side has closed yet, as the server sees them. */
    int openConnections() {
        return open.size();
    }

    /** Bytes of answers written so far, heads included. */
    long bytesWritten() {
        return bytesWritten.get();
    }

    /** Waits up to {@code timeout} for every connection to be closed; returns how many stay open. */
    int awaitAllClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return open.size();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        open.forEach(MisbehavingServer::closeQuietly);
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            if (!slots.tryAcquire()) {
                closeQuietly(socket);
                continue;
            }
            open.add(socket);
            Thread connection = new Thread(() -> serve(socket), "misbehaving-server-connection-" + accepted.get());
            connection.setDaemon(true);
            connection.start();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) maxBehaviourTime.toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            RequestReader reader = new RequestReader(in);
            while (!closed) {
                RecordedRequest request = reader.next();
                if (request == null) {
                    return;
                }
                requests.add(request);
                Behaviour behaviour = script.poll();
                Exchange exchange = new Exchange(request, socket, in, out,
                        System.nanoTime() + maxBehaviourTime.toNanos(), bytesWritten);
                if (!(behaviour != null ? behaviour : fallback).respond(exchange)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away or timed out: the connection is over either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
            slots.release();
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
