package io.mistral4j.impl.transport.jdk;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.impl.read.Watchdog;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link HttpTransport} on the JDK's {@link HttpClient}: HTTP/1.1 and HTTP/2, pooled
 * connections, bodies streamed both ways, except small answers that are not streams: those are
 * received whole before {@code send} returns ({@link AnswerBodies}), which saves the caller a
 * wake-up per read on the client's threads. The read timeout is enforced by an
 * {@link IdleTimeout} watchdog because the JDK's body stream has none, and
 * {@code maxConnections} by {@link ExchangePermits} because the JDK's pool has no limit.
 *
 * <p>Closing releases everything the transport started: its executor, its timer and, on Java 21
 * and later, the client's selector thread and connections ({@code HttpClient.shutdownNow()}).
 * Java 17's client has no way to be closed: dropping the only reference lets its selector thread
 * end and close the connections at the next garbage collection (measured by
 * {@code JdkTransportCloseTest}; the README gives the workarounds).
 */
final class JdkHttpTransport implements HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(JdkHttpTransport.class);

    /** Headers the JDK client sets itself and refuses to take from callers. */
    private static final Set<String> RESTRICTED = restricted();

    /** Null once closed: before Java 21 a client can only end by becoming unreachable. */
    private volatile HttpClient client;
    private final ExecutorService executor;
    private final Watchdog timer = new Watchdog("mistral4j-jdk-timer");
    private final IdleTimeout idleTimeout;
    private final BodyDeadlines bodyDeadlines = new BodyDeadlines(timer);
    private final ExchangePermits permits;
    private final int maxConnections;
    private final long readTimeoutNanos;
    /** How long an exchange waits for a permit, as long as the other transports wait for a pooled connection. */
    private final long permitWaitNanos;

    JdkHttpTransport(TransportConfig config) {
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        config.proxySelector().ifPresent(builder::proxy);
        config.tls().ifPresent(builder::sslContext);
        this.client = builder.build();
        this.idleTimeout = new IdleTimeout(config.readTimeout(), timer);
        this.readTimeoutNanos = config.readTimeout().toNanos();
        this.maxConnections = config.maxConnections();
        this.permits = new ExchangePermits(maxConnections);
        this.permitWaitNanos = config.connectTimeout().plus(config.readTimeout()).toNanos();
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        HttpClient open = open();
        HttpRequest jdkRequest = toJdk(request);
        ExchangePermits.Permit permit = awaitPermit(request);
        try {
            return wrap(bodies(request).sendAndWait(open, jdkRequest), permit);
        } catch (InterruptedException e) {
            permit.release();
            Thread.currentThread().interrupt();
            throw new MistralConnectionException("interrupted while sending " + request, e);
        } catch (IOException e) {
            permit.release();
            throw JdkFailures.of(request, e);
        } catch (RuntimeException | Error e) {
            permit.release();
            throw e;
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        HttpRequest jdkRequest;
        HttpClient open;
        try {
            open = open();
            jdkRequest = toJdk(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        CompletableFuture<ExchangePermits.Permit> waiting = permitLater(request);
        waiting.whenComplete((permit, refused) -> {
            if (refused != null) {
                result.completeExceptionally(refused);
            } else if (result.isDone()) {
                permit.release();   // the caller gave up while waiting
            } else {
                bodies(request).send(open, jdkRequest)
                        .whenComplete((response, error) -> settle(result, request, permit, response, error));
            }
        });
        result.whenComplete((response, error) -> waiting.cancel(false));   // leaves the queue if still in it
        return result;
    }

    /** Completes the caller's future; an answer the caller no longer wants gives its permit back at once. */
    private void settle(CompletableFuture<TransportResponse> result, TransportRequest request,
                        ExchangePermits.Permit permit, HttpResponse<Object> response, Throwable error) {
        if (error == null) {
            TransportResponse answer = wrap(response, permit);
            if (!result.complete(answer)) {
                answer.close();
            }
            return;
        }
        permit.release();
        result.completeExceptionally(failure(request, error));
    }

    /** A failure of the exchange as the API's exception: a timeout, a connection failure, or what the caller did wrong. */
    private static RuntimeException failure(TransportRequest request, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof IOException ? JdkFailures.of(request, (IOException) cause)
                : cause instanceof RuntimeException ? (RuntimeException) cause
                : new MistralConnectionException("request failed: " + request, cause);
    }

    @Override
    public void close() {
        HttpClient closing = client;
        client = null;
        permits.close();
        timer.close();
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

    /** Blocks until the exchange may run, at most as long as a pooled connection is waited for. */
    private ExchangePermits.Permit awaitPermit(TransportRequest request) {
        CompletableFuture<ExchangePermits.Permit> waiting = permits.acquire(request.uri());
        try {
            return waiting.get(permitWaitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (waiting.cancel(false)) {
                throw noFreeConnection(request);
            }
            return waiting.join();   // granted just as the wait ended
        } catch (InterruptedException e) {
            if (!waiting.cancel(false)) {
                waiting.join().release();
            }
            Thread.currentThread().interrupt();
            throw new MistralConnectionException("interrupted while waiting for a free connection: " + request, e);
        } catch (ExecutionException e) {
            // failed by close() on another thread: thrown anew so that the caller's frames are in it
            throw new MistralConnectionException(e.getCause().getMessage() + ": " + request, e.getCause());
        }
    }

    /** A permit without blocking: the wait is bounded by the transport's timer. */
    private CompletableFuture<ExchangePermits.Permit> permitLater(TransportRequest request) {
        CompletableFuture<ExchangePermits.Permit> waiting = permits.acquire(request.uri());
        if (!waiting.isDone()) {
            Watchdog.Alarm alarm = timer.schedule(() -> waiting.completeExceptionally(noFreeConnection(request)),
                    permitWaitNanos);
            waiting.whenComplete((permit, error) -> alarm.cancel());
        }
        return waiting;
    }

    private MistralTimeoutException noFreeConnection(TransportRequest request) {
        return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT, "no connection became free in "
                + Duration.ofNanos(permitWaitNanos).toMillis() + " ms (maxConnections " + maxConnections
                + ", the answers holding them are still being read): " + request, null);
    }

    /**
     * Java 21 added {@code HttpClient.shutdownNow()}, which closes its connections and ends its
     * selector thread at once. On Java 17 the client closes them when it becomes unreachable,
     * which {@link #close()} allows by dropping its only reference.
     */
    private static void shutDown(HttpClient closing) {
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(closing);
        } catch (NoSuchMethodException olderRuntime) {
            // released by the garbage collector instead
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("HttpClient.shutdownNow() failed; the client ends once unreachable", e);
        }
    }

    /** How the answer's body is received: small ones whole, within the response timeout from now. */
    private AnswerBodies bodies(TransportRequest request) {
        long now = System.nanoTime();
        Duration wait = request.responseTimeout();
        long due = wait == null ? AnswerBodies.noDeadlineFrom(now)
                : now + Math.min(wait.toNanos(), Long.MAX_VALUE / 2 - 1);
        return new AnswerBodies(request.streaming(), bodyDeadlines, readTimeoutNanos, due);
    }

    private TransportResponse wrap(HttpResponse<Object> response, ExchangePermits.Permit permit) {
        InputStream body;
        if (response.body() instanceof byte[]) {
            permit.release();   // received whole: the JDK has returned the connection to its pool
            body = new AnswerBodies.Whole((byte[]) response.body());
        } else {
            body = new PermitHoldingBody(idleTimeout.watch((InputStream) response.body()), permit);
        }
        Headers.Builder headers = Headers.builder();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {   // HTTP/2 pseudo-headers such as :status are not headers
                values.forEach(value -> headers.addReceived(name, value));
            }
        });
        return TransportResponse.of(response.statusCode(), headers.build(), body);
    }

    private HttpRequest toJdk(TransportRequest request) {
        // No timeout(): AnswerBodies watches the response timeout (the JDK's timer costs a lock and a wake-up)
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .method(request.method(), publisher(request.body()));
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            // Plain HTTP is HTTP/1.1, as on the other transports: otherwise the JDK offers an h2c
            // upgrade on every request, however often the server declined it (RFC 9113 deprecates
            // that upgrade), which cost about 5% of a call's CPU. Over TLS, ALPN still picks HTTP/2.
            builder.version(HttpClient.Version.HTTP_1_1);
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
