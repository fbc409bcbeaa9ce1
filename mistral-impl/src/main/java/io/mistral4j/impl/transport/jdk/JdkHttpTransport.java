package io.mistral4j.impl.transport.jdk;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link HttpTransport} on the JDK's {@link HttpClient}: HTTP/1.1 and HTTP/2, pooled
 * connections, bodies streamed both ways. The read timeout is enforced by an
 * {@link IdleTimeout} watchdog because the JDK's body stream has none.
 */
final class JdkHttpTransport implements HttpTransport {

    /** Headers the JDK client sets itself and refuses to take from callers. */
    private static final Set<String> RESTRICTED = restricted();

    /** Null once closed: before Java 21 a client can only end by becoming unreachable. */
    private volatile HttpClient client;
    private final ExecutorService executor;
    private final IdleTimeout idleTimeout;

    JdkHttpTransport(TransportConfig config) {
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        config.proxySelector().ifPresent(builder::proxy);
        config.tls().ifPresent(builder::sslContext);
        this.client = builder.build();
        this.idleTimeout = new IdleTimeout(config.readTimeout());
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        try {
            HttpResponse<InputStream> response = open().send(toJdk(request), HttpResponse.BodyHandlers.ofInputStream());
            return wrap(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MistralConnectionException("interrupted while sending " + request, e);
        } catch (IOException e) {
            throw failure(request, e);
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        HttpRequest jdkRequest;
        HttpClient open;
        try {
            jdkRequest = toJdk(request);
            open = open();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return open.sendAsync(jdkRequest, HttpResponse.BodyHandlers.ofInputStream())
                .handle((response, error) -> {
                    if (error == null) {
                        return wrap(response);
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause instanceof IOException) {
                        throw failure(request, (IOException) cause);
                    }
                    throw cause instanceof RuntimeException ? (RuntimeException) cause
                            : new MistralConnectionException("request failed: " + request, cause);
                });
    }

    @Override
    public void close() {
        HttpClient closing = client;
        client = null;
        idleTimeout.close();
        executor.shutdownNow();
        if (closing != null) {
            shutDown(closing);
        }
    }

    private HttpClient open() {
        HttpClient open = client;
        if (open == null) {
            throw new MistralConnectionException("the JDK transport is closed", null);
        }
        return open;
    }

    /**
     * Java 21 added {@code HttpClient.shutdownNow()}, which closes its connections at once; on
     * older runtimes the client closes them when it becomes unreachable, which {@link #close()}
     * allows by dropping its only reference.
     */
    private static void shutDown(HttpClient closing) {
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(closing);
        } catch (NoSuchMethodException olderRuntime) {
            // released by the garbage collector instead
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the client is unreachable from here on either way
        }
    }

    private TransportResponse wrap(HttpResponse<InputStream> response) {
        InputStream body = idleTimeout.watch(response.body());
        Headers.Builder headers = Headers.builder();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {   // HTTP/2 pseudo-headers such as :status are not headers
                values.forEach(value -> headers.addReceived(name, value));
            }
        });
        return TransportResponse.of(response.statusCode(), headers.build(), body);
    }

    private HttpRequest toJdk(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .method(request.method(), publisher(request.body()));
        if (request.responseTimeout() != null) {
            builder.timeout(request.responseTimeout());
        }
        request.headers().asMap().forEach((name, values) -> {
            if (!RESTRICTED.contains(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static HttpRequest.BodyPublisher publisher(RequestBody body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof RequestBody.Bytes) {
            return HttpRequest.BodyPublishers.ofByteArray(((RequestBody.Bytes) body).bytes());
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return body.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return body.contentLength() >= 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, body.contentLength())
                : stream;
    }

    private static MistralException failure(TransportRequest request, IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT,
                    "could not connect in time: " + request, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.RESPONSE,
                    "no answer in time: " + request, e);
        }
        return new MistralConnectionException("request failed: " + request + ": " + e, e);
    }

    private static Set<String> restricted() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(Set.of("connection", "content-length", "expect", "host", "upgrade"));
        return names;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "mistral4j-jdk-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
