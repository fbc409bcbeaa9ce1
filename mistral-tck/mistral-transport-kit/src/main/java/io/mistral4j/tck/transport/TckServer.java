package io.mistral4j.tck.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;

/**
 * The kit's server: HTTP/1.1 over raw loopback sockets (plain, TLS, or a Unix domain socket),
 * with HTTP/2 when TLS negotiates it. Raw sockets give the kit what a server library hides:
 * it counts the bytes each socket write got accepted (back-pressure), sees who closed each
 * connection and when (release, reuse, leaks), and can stall or reset a connection mid-body.
 * One daemon thread per connection, all named {@code mistral4j-tck-server-*}.
 */
final class TckServer implements AutoCloseable {

    static final String THREAD_PREFIX = "mistral4j-tck-server-";
    /** The socket buffers of the server side, kept small so that what the client holds is measurable. */
    static final int SOCKET_BUFFER = 64 * 1024;

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ServerSocket listener;
    private final ServerSocketChannel unixListener;
    private final Path unixPath;
    private final String scheme;
    private final int instance = INSTANCES.incrementAndGet();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final List<ServerConnection> connections = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Map<String, Tag> tags = new ConcurrentHashMap<>();
    private final TckRoutes routes = new TckRoutes(this);
    private volatile boolean closed;

    private TckServer(ServerSocket listener, ServerSocketChannel unixListener, Path unixPath, String scheme) {
        this.listener = listener;
        this.unixListener = unixListener;
        this.unixPath = unixPath;
        this.scheme = scheme;
        Thread acceptor = new Thread(this::acceptLoop, THREAD_PREFIX + instance + "-accept");
        acceptor.setDaemon(true);
        threads.add(acceptor);
        acceptor.start();
    }

    /** Plain HTTP on 127.0.0.1. */
    static TckServer plain() {
        return tcp(null, new String[0]);
    }

    /** HTTPS on 127.0.0.1 with the given server context; {@code alpn} lists the protocols offered, if any. */
    static TckServer tls(SSLContext context, String... alpn) {
        return tcp(context, alpn);
    }

    /** Plain HTTP on a Unix domain socket at a fresh path in the temporary directory. */
    static TckServer unix() {
        try {
            Path directory = Files.createTempDirectory("mistral4j-tck");
            Path path = directory.resolve("http.sock");
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            return new TckServer(null, channel, path, "http");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on a Unix domain socket", e);
        }
    }

    private static TckServer tcp(SSLContext context, String[] alpn) {
        try {
            ServerSocket socket;
            if (context == null) {
                socket = new ServerSocket();
            } else {
                SSLServerSocket tls = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
                if (alpn.length > 0) {
                    SSLParameters parameters = tls.getSSLParameters();
                    parameters.setApplicationProtocols(alpn);
                    tls.setSSLParameters(parameters);
                }
                socket = tls;
            }
            socket.setReceiveBufferSize(SOCKET_BUFFER);
            socket.bind(new InetSocketAddress(loopback(), 0), 200);
            return new TckServer(socket, null, null, context == null ? "http" : "https");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
    }

    static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The Unix domain socket's path, for a server made by {@link #unix()}. */
    Path unixPath() {
        return unixPath;
    }

    /** An absolute URI on this server; over a Unix socket the authority is only nominal. */
    URI uri(String pathAndQuery) {
        String authority = listener != null ? "127.0.0.1:" + port() : "localhost";
        return URI.create(scheme + "://" + authority + pathAndQuery);
    }

    TckRoutes routes() {
        return routes;
    }

    /** The state kept for one tagged exchange: bytes written, hold releases, peer closes. */
    Tag tag(String name) {
        return tags.computeIfAbsent(name, key -> new Tag());
    }

    List<ServerConnection> connections() {
        return List.copyOf(connections);
    }

    List<ServerConnection> openConnections() {
        return connections.stream().filter(ServerConnection::isOpen).collect(Collectors.toList());
    }

    /**
     * Waits up to {@code timeout} for every connection to be closed; returns those still open.
     * Asks for garbage collections while it waits: some clients (the JDK's {@code HttpClient}
     * before Java 21) close their connections only once they are unreachable.
     */
    List<ServerConnection> awaitAllClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int round = 0;
        while (System.nanoTime() < deadline) {
            if (openConnections().isEmpty()) {
                return List.of();
            }
            if (++round % 20 == 0) {
                System.gc();
            }
            Thread.sleep(20);
        }
        return openConnections();
    }

    /** Failures seen on connections (handshakes refused, peers gone), for diagnostics. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    void noteFailure(ServerConnection connection, Exception e) {
        failures.add(connection + ": " + e);
    }

    void ended(ServerConnection connection) {
        // the connection records its own state; nothing to do but keep the hook for clarity
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                ServerConnection connection;
                int id = connectionIds.incrementAndGet();
                if (listener != null) {
                    Socket socket = listener.accept();
                    socket.setSendBufferSize(SOCKET_BUFFER);
                    socket.setTcpNoDelay(true);
                    connection = new ServerConnection(id, this, socket);
                } else {
                    SocketChannel channel = unixListener.accept();
                    connection = new ServerConnection(id, this, channel);
                }
                connections.add(connection);
                Thread thread = new Thread(connection, THREAD_PREFIX + instance + "-connection-" + id);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            } catch (IOException e) {
                if (!closed) {
                    failures.add("accept failed: " + e);
                }
            }
        }
    }

    /** Stops listening, closes every connection and waits (briefly) for the server's threads to end. */
    @Override
    public void close() {
        closed = true;
        try {
            if (listener != null) {
                listener.close();
            } else {
                unixListener.close();
                Files.deleteIfExists(unixPath);
                Files.deleteIfExists(unixPath.getParent());
            }
        } catch (IOException ignored) {
            // nothing more to release
        }
        connections.forEach(ServerConnection::close);
        for (Thread thread : new ArrayList<>(threads)) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Shared state of the exchanges that carry the same {@code tag} query parameter. */
    static final class Tag {
        /** Body bytes the server's socket has accepted so far. */
        final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
        /** Request body bytes the server has read so far. */
        final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        /** Counted down by the kit to let a held answer (or a held upload) go on. */
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        /** Completed with a description when the client ends the exchange's connection. */
        final java.util.concurrent.CompletableFuture<String> peerClosed = new java.util.concurrent.CompletableFuture<>();
        /** Requests that reached a gate so far. */
        final AtomicInteger arrivals = new AtomicInteger();
        volatile java.util.concurrent.CountDownLatch gate;
        /** The connection that served the exchange. */
        volatile ServerConnection connection;

        synchronized java.util.concurrent.CountDownLatch gate(int parties) {
            if (gate == null) {
                gate = new java.util.concurrent.CountDownLatch(parties);
            }
            return gate;
        }
    }
}
