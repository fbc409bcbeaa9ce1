package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.spi.CallerFrames;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.pool.ChannelHealthChecker;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.resolver.NoopAddressResolverGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An {@link HttpTransport} on Netty 4.2: one bounded channel pool per origin, TLS through the
 * JDK's {@link javax.net.ssl.SSLEngine} with hostname verification, HTTP proxies through
 * {@code CONNECT}, and real back-pressure both ways: auto-read is off and the socket is read
 * only while the caller's buffer has room; request bodies are written a chunk at a time as
 * the socket takes them. Speaks HTTP/2 where TLS (ALPN) agrees on it, with every request to
 * an origin a stream of one shared connection, and HTTP/1.1 otherwise; see
 * {@link HttpVersionPolicy} for HTTP/2 on plain {@code http://} (prior knowledge) or none at all.
 *
 * <p>Usually found through {@link NettyTransportProvider}. To share an event loop group of your
 * own (it must be an NIO group, and the transport never shuts it down):
 * <pre>{@code
 * EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
 * MistralClient client = MistralClient.builder()
 *         .transport(NettyTransport.builder().eventLoopGroup(loops).config(TransportConfig.defaults()).build())
 *         ...
 * }</pre>
 */
public final class NettyTransport implements HttpTransport {

    /** Hop-by-hop and framing headers the transport sets itself. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    private static final int CHUNK = 64 * 1024;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final TransportConfig config;
    private final SSLContext tls;
    private final Path unixSocket;
    private final ChannelGroup channels;
    private final HttpVersionPolicy httpVersion;
    private final Map<Origin, OriginPool> pools = new ConcurrentHashMap<>();
    private final ExecutorService bodyWriters;
    private volatile boolean closed;

    private NettyTransport(EventLoopGroup group, boolean ownsGroup, TransportConfig config, Path unixSocket,
                           HttpVersionPolicy httpVersion, String name) {
        this.group = group;
        this.httpVersion = httpVersion;
        this.ownsGroup = ownsGroup;
        this.config = config;
        this.unixSocket = unixSocket;
        this.tls = config.tls().orElseGet(NettyTransport::defaultTls);
        this.channels = new DefaultChannelGroup(name, group.next());
        AtomicInteger writers = new AtomicInteger();
        this.bodyWriters = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name + "-body-writer-" + writers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A transport with its own event loop group, configured by {@code config}. */
    public static NettyTransport create(TransportConfig config) {
        return builder().config(config).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        CompletableFuture<TransportResponse> answer = sendAsync(request);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new MistralConnectionException("interrupted while sending " + request, e);
        } catch (ExecutionException e) {
            // raised on an I/O thread: rethrown with the caller's frames, the original as its cause
            throw e.getCause() instanceof MistralException failure ? CallerFrames.wrap(failure)
                    : Failures.of(e, request);
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        if (closed) {
            return CompletableFuture.failedFuture(new MistralConnectionException("the Netty transport is closed", null));
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        try {
            Origin origin = unixSocket != null ? new Origin(false, "localhost", 80, null)
                    : Origin.of(request.uri(), config.proxy());
            OriginPool pool = pools.computeIfAbsent(origin, this::newPool);
            pool.acquire().whenComplete((lease, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(Failures.of(failure, request));
                    return;
                }
                Channel channel = lease.channel;
                Exchange exchange = new Exchange(request, lease, config.readTimeout());
                exchange.head.whenComplete((response, error) -> {
                    if (error != null) {
                        result.completeExceptionally(Failures.of(error, request));
                    } else if (!result.complete(response)) {
                        response.close();   // the caller gave up meanwhile
                    }
                });
                channel.eventLoop().execute(() -> start(exchange, channel, origin));
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(Failures.of(e, request));
        }
        return result;
    }

    /** Writes the request on the event loop and starts reading the answer. */
    private void start(Exchange exchange, Channel channel, Origin origin) {
        if (!channel.isActive()) {
            exchange.abort(new MistralConnectionException("the connection closed before the request was sent: "
                    + exchange.request, null));
            return;
        }
        ((ExchangeHandler) channel.pipeline().get(ChannelSetup.EXCHANGE)).begin(exchange);
        TransportRequest request = exchange.request;
        exchange.startResponseTimer(request.responseTimeout());
        RequestBody body = request.body();
        HttpMethod method = HttpMethod.valueOf(request.method());
        String target = target(request.uri());
        if (body == null || body instanceof RequestBody.Bytes) {
            byte[] bytes = body == null ? new byte[0] : ((RequestBody.Bytes) body).bytes();
            DefaultFullHttpRequest full = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, target,
                    Unpooled.wrappedBuffer(bytes));
            headers(full.headers(), request, origin);
            if (body != null || method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
                full.headers().set(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
            }
            channel.writeAndFlush(full).addListener(written -> sent(exchange, written));
        } else {
            HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, method, target);
            headers(head.headers(), request, origin);
            if (body.contentLength() >= 0) {
                head.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.contentLength());
            } else {
                head.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
            }
            channel.writeAndFlush(head).addListener(written -> {
                if (written.isSuccess()) {
                    bodyWriters.execute(() -> writeBody(exchange, channel, body));
                } else {
                    exchange.abort(Failures.of(written.cause(), request));
                }
            });
        }
        channel.read();
    }

    private static void sent(Exchange exchange, io.netty.util.concurrent.Future<?> written) {
        if (written.isSuccess()) {
            exchange.requestSent();
        } else {
            exchange.abort(Failures.of(written.cause(), exchange.request));
        }
    }

    /** Streams a body from its (possibly blocking) stream, one chunk in flight at a time. */
    private static void writeBody(Exchange exchange, Channel channel, RequestBody body) {
        try (InputStream in = body.openStream()) {
            byte[] buffer = new byte[CHUNK];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read == 0) {
                    continue;
                }
                ChannelFuture written = channel.writeAndFlush(new DefaultHttpContent(
                        Unpooled.copiedBuffer(buffer, 0, read)));
                written.await();
                if (!written.isSuccess()) {
                    return;   // the connection failed; the exchange learns it from the channel
                }
            }
            channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(done -> sent(exchange, done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.abort(new MistralConnectionException("interrupted while sending the body of " + exchange.request,
                    e));
        } catch (IOException | RuntimeException e) {
            exchange.abort(new MistralConnectionException("could not read the body of " + exchange.request, e));
        }
    }

    private static void headers(HttpHeaders target, TransportRequest request, Origin origin) {
        request.headers().asMap().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> target.add(name, value));
            }
        });
        target.set(HttpHeaderNames.HOST, origin.hostHeader());
    }

    private static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private OriginPool newPool(Origin origin) {
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.connectTimeout().toMillis()))
                .option(ChannelOption.AUTO_READ, false);
        if (unixSocket != null) {
            bootstrap.channel(NioDomainSocketChannel.class)
                    .remoteAddress(UnixDomainSocketAddress.of(unixSocket));
        } else {
            bootstrap.channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .remoteAddress(origin.target());
            if (origin.proxy() != null) {
                bootstrap.resolver(NoopAddressResolverGroup.INSTANCE);   // the proxy resolves the target
            }
        }
        boolean mayUseHttp2 = httpVersion.mayUseHttp2(origin.secure());
        ChannelSetup setup = new ChannelSetup(origin, tls, config.connectTimeout(), channels, mayUseHttp2);
        long acquireTimeout = config.connectTimeout().plus(config.readTimeout()).toMillis();
        return new OriginPool(new FixedChannelPool(bootstrap, setup, ChannelHealthChecker.ACTIVE,
                FixedChannelPool.AcquireTimeoutAction.FAIL, acquireTimeout, config.maxConnections(),
                Integer.MAX_VALUE, true, true), mayUseHttp2);
    }

    /** Closes every connection and, when the transport made it, shuts the event loop group down. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        bodyWriters.shutdownNow();
        channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (ownsGroup) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    /** Configures a {@link NettyTransport}. */
    public static final class Builder {
        private TransportConfig config = TransportConfig.defaults();
        private EventLoopGroup group;
        private Path unixSocket;
        private HttpVersionPolicy httpVersion = HttpVersionPolicy.NEGOTIATE;
        private int ioThreads = Math.min(4, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        /** Timeouts, pool size, proxy and TLS. */
        public Builder config(TransportConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Runs on this NIO event loop group, which the transport never shuts down. */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /** Threads of the transport's own event loop group (default: the cores, at most 4). */
        public Builder ioThreads(int ioThreads) {
            if (ioThreads < 1) {
                throw new IllegalArgumentException("ioThreads must be at least 1");
            }
            this.ioThreads = ioThreads;
            return this;
        }

        /** Sends every request to the HTTP server listening on this Unix domain socket. */
        public Builder unixDomainSocket(Path socket) {
            this.unixSocket = Objects.requireNonNull(socket, "socket");
            return this;
        }

        /** Which HTTP versions to speak (default {@link HttpVersionPolicy#NEGOTIATE}: HTTP/2 where TLS agrees on it). */
        public Builder httpVersion(HttpVersionPolicy policy) {
            this.httpVersion = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public NettyTransport build() {
            String name = "mistral4j-netty-" + INSTANCES.incrementAndGet();
            if (group != null) {
                return new NettyTransport(group, false, config, unixSocket, httpVersion, name);
            }
            EventLoopGroup own = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory(name, true),
                    NioIoHandler.newFactory());
            return new NettyTransport(own, true, config, unixSocket, httpVersion, name);
        }
    }
}
