package io.mistral4j.transport.httpclient5;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.spi.CallerFrames;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * An {@link HttpTransport} on the Apache HttpClient 5 async client: pooled connections,
 * HTTP/1.1 and HTTP/2 (negotiated through TLS ALPN), proxies and TLS settings from
 * {@link TransportConfig}, bodies streamed both ways with back-pressure.
 *
 * <p>Usually found through {@link HttpClient5TransportProvider}. To use a client of your own
 * (interceptors, a custom pool, credentials):
 * <pre>{@code
 * CloseableHttpAsyncClient mine = HttpAsyncClients.custom()...build();
 * MistralClient client = MistralClient.builder()
 *         .transport(HttpClient5Transport.builder().client(mine).readTimeout(Duration.ofSeconds(60)).build())
 *         ...
 * }</pre>
 * Disable redirect handling and automatic retries on such a client: redirects must reach
 * the caller (credentials never follow them) and Mistral4J retries on its own. A client you
 * pass is started if needed but never closed by the transport. On a client the transport
 * builds, a body closed before its end closes its connection at once; on yours, the
 * connection is closed at the latest when the next bytes of that body arrive (or at the
 * response timeout).
 *
 * <p>Timeouts: the request's response timeout is HttpClient's response timeout (which
 * HttpClient also applies to silences within the body); the read timeout bounds every wait
 * for body data.
 */
public final class HttpClient5Transport implements HttpTransport {

    /** Hop-by-hop and framing headers HttpClient sets itself. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final CloseableHttpAsyncClient client;
    /** The connection pool of a client the transport built; null for the caller's client, which it never closes. */
    private final ModalCloseable ownPool;
    private final Duration readTimeout;
    private final RequestConfig baseConfig;
    private final ExecutorService bodyWriters;

    private HttpClient5Transport(CloseableHttpAsyncClient client, ModalCloseable ownPool, Duration readTimeout,
                                 RequestConfig baseConfig, String threadPrefix) {
        this.client = client;
        this.ownPool = ownPool;
        this.readTimeout = readTimeout;
        this.baseConfig = baseConfig;
        this.bodyWriters = Executors.newCachedThreadPool(daemonThreads(threadPrefix + "-body-writer-"));
        if (client.getStatus() == IOReactorStatus.INACTIVE) {
            client.start();
        }
    }

    /** A transport with its own client built from {@code config}. */
    public static HttpClient5Transport create(TransportConfig config) {
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
        ExchangeAbort abort = new ExchangeAbort();
        StreamingResponseConsumer consumer = new StreamingResponseConsumer(readTimeout, abort::abort);
        try {
            HttpClientContext context = HttpClientContext.create();
            RequestConfig.Builder config = RequestConfig.copy(baseConfig);
            config.setResponseTimeout(request.responseTimeout() == null ? Timeout.DISABLED
                    : Timeout.of(request.responseTimeout()));
            context.setRequestConfig(config.build());
            context.setAttribute(ExchangeAbort.ATTRIBUTE, abort);
            abort.started(client.execute(new BasicRequestProducer(toHttpClient(request), entity(request.body())),
                    consumer, null, context, new FutureCallback<>() {
                        @Override
                        public void completed(Void result) {
                            // the head was handed over already; the body ended
                        }

                        @Override
                        public void failed(Exception cause) {
                            consumer.fail(cause);
                        }

                        @Override
                        public void cancelled() {
                            consumer.fail(new java.util.concurrent.CancellationException("exchange cancelled"));
                        }
                    }));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(Failures.of(e, request));
        }
        return consumer.head().handle((response, error) -> {
            if (error != null) {
                throw Failures.of(error, request);
            }
            return response;
        });
    }

    private static BasicHttpRequest toHttpClient(TransportRequest request) {
        BasicHttpRequest message = new BasicHttpRequest(request.method(), request.uri());
        request.headers().asMap().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> message.addHeader(name, value));
            }
        });
        return message;
    }

    private AsyncEntityProducer entity(RequestBody body) {
        if (body == null) {
            return null;
        }
        if (body instanceof RequestBody.Bytes) {
            return new BasicAsyncEntityProducer(((RequestBody.Bytes) body).bytes(), ContentType.parse(body.contentType()));
        }
        return new StreamingEntityProducer(body, bodyWriters);
    }

    /** Closes the client (when the transport made it) with its connections and threads. */
    @Override
    public void close() {
        bodyWriters.shutdownNow();
        if (ownPool != null) {
            // Connections first, then the I/O threads, which end on their own once they have no
            // connection left. Closing the client IMMEDIATE straight away closes the threads'
            // selectors under them, and each then logs a ClosedSelectorException at ERROR while
            // cleaning up (harmless: every connection is closed by then, but alarming in logs).
            ownPool.close(CloseMode.IMMEDIATE);
            client.initiateShutdown();
            try {
                client.awaitShutdown(TimeValue.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            client.close(CloseMode.IMMEDIATE);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures an {@link HttpClient5Transport}: from a {@link TransportConfig}, or around a client of your own. */
    public static final class Builder {
        private TransportConfig config = TransportConfig.defaults();
        private CloseableHttpAsyncClient client;
        private Duration readTimeout;
        private Path unixDomainSocket;

        private Builder() {
        }

        /** Timeouts, pool size, proxy and TLS for a client the transport builds. */
        public Builder config(TransportConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Uses this client instead of building one; the transport never closes it. */
        public Builder client(CloseableHttpAsyncClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The longest wait for body data; defaults to the config's read timeout. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /** Sends every request to the HTTP server listening on this Unix domain socket. */
        public Builder unixDomainSocket(Path socket) {
            this.unixDomainSocket = Objects.requireNonNull(socket, "socket");
            return this;
        }

        public HttpClient5Transport build() {
            Duration bodyTimeout = readTimeout != null ? readTimeout : config.readTimeout();
            RequestConfig.Builder requests = RequestConfig.custom()
                    .setRedirectsEnabled(false)
                    .setConnectionRequestTimeout(Timeout.of(config.connectTimeout().plus(bodyTimeout)));
            if (unixDomainSocket != null) {
                requests.setUnixDomainSocket(unixDomainSocket);
            }
            String prefix = "mistral4j-httpclient5-" + INSTANCES.incrementAndGet();
            if (client != null) {
                return new HttpClient5Transport(client, null, bodyTimeout, requests.build(), prefix);
            }
            PoolingAsyncClientConnectionManager pool = buildPool();
            return new HttpClient5Transport(buildClient(pool, prefix), pool, bodyTimeout, requests.build(), prefix);
        }

        private PoolingAsyncClientConnectionManager buildPool() {
            PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(config.maxConnections())
                    .setMaxConnPerRoute(config.maxConnections())
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(config.connectTimeout()))
                            .build())
                    .setDefaultTlsConfig(TlsConfig.custom()
                            .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                            .setHandshakeTimeout(Timeout.of(config.connectTimeout()))
                            .build());
            config.tls().ifPresent(context -> pool.setTlsStrategy(
                    ClientTlsStrategyBuilder.create().setSslContext(context).buildAsync()));
            return pool.build();
        }

        private CloseableHttpAsyncClient buildClient(PoolingAsyncClientConnectionManager pool, String prefix) {
            HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                    .setConnectionManager(pool)
                    .setIOReactorConfig(IOReactorConfig.custom().setTcpNoDelay(true).build())
                    .setThreadFactory(daemonThreads(prefix + "-io-"))
                    .addExecInterceptorBefore(ChainElement.MAIN_TRANSPORT.name(), ExchangeAbortInterceptor.NAME,
                            new ExchangeAbortInterceptor())
                    .disableRedirectHandling()
                    .disableAutomaticRetries()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .disableContentCompression();
            config.proxySelector().ifPresent(builder::setProxySelector);
            return builder.build();
        }
    }
}
