package io.mistral4j.tck.transport;

import static io.mistral4j.tck.transport.KitSupport.header;
import static io.mistral4j.tck.transport.KitSupport.isConnectionFailure;
import static io.mistral4j.tck.transport.KitSupport.mb;
import static io.mistral4j.tck.transport.KitSupport.request;
import static io.mistral4j.tck.transport.KitSupport.text;
import static io.mistral4j.tck.transport.KitSupport.timeoutIn;
import static io.mistral4j.tck.transport.KitSupport.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;

/**
 * The verification suite every {@link HttpTransport} must pass, run against the kit's own
 * server over real loopback sockets. Extend it, say how to create your transport, and run it
 * with your tests:
 *
 * <pre>{@code
 * class AcmeTransportVerificationTest extends HttpTransportVerification {
 *     @Override
 *     protected HttpTransportProvider provider() {
 *         return new AcmeTransportProvider();
 *     }
 *
 *     @Override
 *     protected boolean supportsHttp2() {
 *         return true;
 *     }
 * }
 * }</pre>
 *
 * <p>Tests named {@code required_*} state the contract of {@link HttpTransport}: a transport
 * that fails one is wrong. Tests named {@code optional_*} check features a transport may lack;
 * each is skipped, with the override to implement named in the reason, unless the transport
 * declares the feature. After the suite the kit checks that closing the transports released
 * every connection and ended every thread they started.
 *
 * <p>The contract in short: {@code send} returns once the status and headers arrived, and the
 * body is read as it comes, with back-pressure; closing the response (or its body) early
 * releases its connection; connections are reused and pooled up to
 * {@link TransportConfig#maxConnections()}; redirects are returned, not followed; failures
 * below HTTP are {@link io.mistral4j.errors.MistralConnectionException}s and missed deadlines
 * {@link MistralTimeoutException}s of the right {@link MistralTimeoutException.Kind kind}. A
 * body read that fails throws an {@code IOException} (the client maps it); when the failure is
 * the read timeout, the {@code MistralTimeoutException} of kind {@code IDLE} is thrown or is
 * that {@code IOException}'s cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HttpTransportVerification {

    /**
     * How much a transport may let a server get ahead of a reader that does not read. Loopback
     * socket buffers alone can hold ~10 MB once the kernel has auto-tuned them, so the limit
     * leaves room for them; a transport that buffers whole bodies goes hundreds of MB ahead.
     */
    protected static final long READ_AHEAD_LIMIT = 32L * 1024 * 1024;
    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final Duration QUICK = Duration.ofSeconds(5);

    private final List<HttpTransport> transports = new CopyOnWriteArrayList<>();
    private LeakCheck leakCheck;
    private KitSupport kit;
    private TckServer server;
    private HttpTransport transport;

    // ---------------------------------------------------------------- hooks

    /**
     * The provider under test, or null when {@link #createTransport(TransportConfig)} is
     * overridden instead. When given, the kit also checks that {@link ServiceLoader} finds it.
     */
    protected HttpTransportProvider provider() {
        return null;
    }

    /** Creates a transport with {@code config}; by default through {@link #provider()}. */
    protected HttpTransport createTransport(TransportConfig config) {
        HttpTransportProvider provider = provider();
        if (provider == null) {
            throw new IllegalStateException("Override provider() or createTransport(TransportConfig) in "
                    + getClass().getName() + " to give the kit a transport to verify");
        }
        return provider.create(config);
    }

    /** Return true when the transport speaks HTTP/2 where TLS (ALPN) offers it. */
    protected boolean supportsHttp2() {
        return false;
    }

    /** Return true when the transport sends requests through {@link TransportConfig#proxy()}. */
    protected boolean supportsProxy() {
        return false;
    }

    /** Return true, and override {@link #createUnixSocketTransport}, when the transport can use Unix domain sockets. */
    protected boolean supportsUnixSockets() {
        return false;
    }

    /** A transport that sends every request to the Unix domain socket at {@code socket}. */
    protected HttpTransport createUnixSocketTransport(Path socket, TransportConfig config) {
        throw new UnsupportedOperationException("Override createUnixSocketTransport(Path, TransportConfig) in "
                + getClass().getName() + " together with supportsUnixSockets()");
    }

    /**
     * Whether {@code thread}, started while the suite ran, may outlive every transport's
     * {@code close()}: a JVM-wide thread of the HTTP library that is not owned by a transport.
     * The default allows none.
     */
    protected boolean threadMayOutliveTransport(Thread thread) {
        return false;
    }

    /**
     * How long the leak check waits, after every transport was closed, for connections to close
     * and threads to end. The default, 10 s, leaves room for clients that release them lazily.
     */
    protected Duration leakGracePeriod() {
        return STEP;
    }

    /** The configuration of the transport most tests share: 5 s to connect, 10 s of read silence, 64 connections. */
    protected TransportConfig defaultConfig() {
        return new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 64, null, null);
    }

    // ---------------------------------------------------------------- lifecycle

    @BeforeAll
    final void startKit() {
        leakCheck = LeakCheck.start();
        kit = new KitSupport();
        server = TckServer.plain();
        transport = newTransport(defaultConfig());
    }

    @AfterAll
    final void checkForLeaks() throws Exception {
        try {
            for (HttpTransport created : transports) {
                created.close();
            }
            transports.clear();
            transport = null;
            Duration grace = leakGracePeriod();
            List<ServerConnection> open = server.awaitAllClosed(grace);
            List<Thread> leaked = leakCheck.leakedThreads(grace, this::threadMayOutliveTransport);
            List<String> problems = new ArrayList<>();
            if (!open.isEmpty()) {
                problems.add(open.size() + " connection(s) still open " + grace.toMillis() + " ms after every"
                        + " transport was closed: "
                        + open + "; close() must close pooled connections");
            }
            if (!leaked.isEmpty()) {
                problems.add("threads still running " + grace.toMillis() + " ms after every transport was closed: "
                        + LeakCheck.describe(leaked) + "; close() must end the threads the transport started (or"
                        + " override threadMayOutliveTransport(Thread) for a JVM-wide thread of the library)");
            }
            if (!problems.isEmpty()) {
                fail("Leaks: " + String.join("; ", problems));
            }
        } finally {
            kit.close();
            server.close();
        }
    }

    private HttpTransport newTransport(TransportConfig config) {
        HttpTransport created = createTransport(config);
        assertNotNull(created, "createTransport(TransportConfig) returned null");
        transports.add(created);
        return created;
    }

    /** Closes a transport of one test and checks that its connections to {@code on} were closed. */
    private void closeAndExpectConnectionsClosed(HttpTransport own, TckServer on) throws InterruptedException {
        own.close();
        transports.remove(own);
        List<ServerConnection> open = on.awaitAllClosed(STEP);
        assertTrue(open.isEmpty(), () -> "close() left " + open.size() + " connection(s) open: " + open);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private URI uri(String pathAndQuery) {
        return server.uri(pathAndQuery);
    }

    private static TransportRequest get(URI uri) {
        return request("GET", uri, Headers.empty(), null, false, STEP);
    }

    private TransportResponse send(HttpTransport via, TransportRequest request) throws Exception {
        return kit.within(STEP, "send(" + request + ") did not return", () -> via.send(request));
    }

    private String exchange(HttpTransport via, TransportRequest request) throws Exception {
        return kit.within(STEP, "the exchange " + request + " did not complete", () -> {
            try (TransportResponse response = via.send(request)) {
                return text(response);
            }
        });
    }

    // ---------------------------------------------------------------- methods, headers, bodies

    @Test
    void required_methodsWithoutBodyAreSentAsSuch() throws Exception {
        for (String method : List.of("GET", "DELETE", "POST")) {
            TransportRequest request = request(method, uri("/_tck/echo"), Headers.empty(), null, false, STEP);
            try (TransportResponse response = send(transport, request)) {
                text(response);
                assertEquals(200, response.statusCode(), method + " answered " + response.statusCode());
                assertEquals(method, header(response, "X-Tck-Method"), "the server received another method");
                assertEquals("0", header(response, "X-Tck-Body-Length"),
                        method + " without a body arrived with a body");
            }
        }
    }

    @Test
    void required_methodsWithBodyDeliverTheBody() throws Exception {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            byte[] json = ("{\"method\":\"" + method + "\",\"text\":\"héllo\"}").getBytes(StandardCharsets.UTF_8);
            TransportRequest request = request(method, uri("/_tck/echo"), Headers.empty(),
                    RequestBody.ofBytes(json, "application/json"), false, STEP);
            try (TransportResponse response = send(transport, request)) {
                String seen = text(response);
                assertEquals(method, header(response, "X-Tck-Method"), "the server received another method");
                assertEquals(Integer.toString(json.length), header(response, "X-Tck-Body-Length"),
                        method + " delivered a body of another length");
                assertEquals(KitSupport.sha256(json), header(response, "X-Tck-Body-Sha256"),
                        method + " delivered other body bytes");
                assertTrue(seen.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"),
                        method + " lost the Content-Type header; the server saw:\n" + seen);
            }
        }
    }

    @Test
    void required_requestHeadersArriveIncludingRepeatedOnes() throws Exception {
        Headers headers = Headers.builder()
                .add("X-Tck-Single", "one")
                .add("X-Tck-Multi", "a")
                .add("X-Tck-Multi", "b")
                .add("x-TcK-MiXeD", "value with  spaces; and=signs")
                .build();
        String seen = exchange(transport, request("GET", uri("/_tck/echo"), headers, null, false, STEP));
        assertEquals(List.of("one"), headerValues(seen, "x-tck-single"), "a single header did not arrive as sent:\n"
                + seen);
        assertEquals(List.of("a", "b"), headerValues(seen, "X-TCK-MULTI"),
                "both values of a repeated header must arrive, in order (on separate lines or joined with"
                        + " commas); the server saw:\n" + seen);
        assertEquals(List.of("value with  spaces; and=signs"), headerValues(seen, "X-Tck-Mixed"),
                "a header value was changed on the way:\n" + seen);
    }

    /** Values of {@code name} among echoed header lines, comma-joined lines split. */
    private static List<String> headerValues(String echoed, String name) {
        List<String> values = new ArrayList<>();
        for (String line : echoed.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                String value = line.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("x-tck-multi")) {
                    Arrays.stream(value.split(",")).map(String::strip).forEach(values::add);
                } else {
                    values.add(value);
                }
            }
        }
        return values;
    }

    @Test
    void required_responseHeadersAreCaseInsensitiveAndKeepRepeatedValues() throws Exception {
        try (TransportResponse response = send(transport, get(uri("/_tck/headers")))) {
            text(response);
            assertEquals(List.of("one", "two"), response.headers().all("x-tck-repeated"),
                    "a header the server sent twice must keep both values, in order");
            assertEquals("kept", response.headers().first("X-MIXED-CASE").orElse(null),
                    "header names must be looked up case-insensitively");
            assertEquals("tck-request-1", response.headers().first("x-request-id").orElse(null),
                    "the request id header was lost");
            assertEquals("text/plain", response.headers().first("content-type").orElse(null),
                    "Content-Type was lost");
        }
    }

    @Test
    void required_fixedLengthBodyIsSentWithContentLength() throws Exception {
        byte[] bytes = new Pattern.Source(64 * 1024).readAllBytes();
        TransportRequest request = request("POST", uri("/_tck/echo"), Headers.empty(),
                RequestBody.ofBytes(bytes, "application/octet-stream"), false, STEP);
        try (TransportResponse response = send(transport, request)) {
            text(response);
            assertEquals("length", header(response, "X-Tck-Framing"),
                    "a body of known length must be sent with Content-Length");
            assertEquals(KitSupport.sha256(bytes), header(response, "X-Tck-Body-Sha256"), "the body bytes differ");
        }
    }

    @Test
    void required_streamedBodyOfKnownLengthIsSentWithContentLength() throws Exception {
        long length = 1024 * 1024 + 7;
        TransportRequest request = request("POST", uri("/_tck/echo"), Headers.empty(),
                KitSupport.streamed(new Pattern.Source(length), length, "application/octet-stream"), false, STEP);
        try (TransportResponse response = send(transport, request)) {
            text(response);
            assertEquals("length", header(response, "X-Tck-Framing"),
                    "a streamed body whose contentLength() is known must be sent with Content-Length");
            assertEquals(Long.toString(length), header(response, "X-Tck-Body-Length"), "the body length differs");
            assertEquals(KitSupport.patternSha256(length), header(response, "X-Tck-Body-Sha256"),
                    "the body bytes differ");
        }
    }

    @Test
    void required_bodyOfUnknownLengthIsSentChunked() throws Exception {
        long length = 1024 * 1024 + 13;
        TransportRequest request = request("POST", uri("/_tck/echo"), Headers.empty(),
                KitSupport.streamed(new Pattern.Source(length), -1, "application/octet-stream"), false, STEP);
        try (TransportResponse response = send(transport, request)) {
            text(response);
            assertEquals("chunked", header(response, "X-Tck-Framing"),
                    "a body whose contentLength() is -1 must be sent chunked, not buffered to learn its length");
            assertEquals(Long.toString(length), header(response, "X-Tck-Body-Length"), "the body length differs");
            assertEquals(KitSupport.patternSha256(length), header(response, "X-Tck-Body-Sha256"),
                    "the body bytes differ");
        }
    }

    @Test
    void required_multipartBodyFromAStreamArrivesIntact() throws Exception {
        KitSupport.Multipart multipart = new KitSupport.Multipart(256 * 1024);
        TransportRequest request = request("POST", uri("/_tck/echo"), Headers.empty(),
                KitSupport.streamed(multipart.stream(), multipart.length(), multipart.contentType()), false, STEP);
        try (TransportResponse response = send(transport, request)) {
            String seen = text(response);
            assertTrue(seen.contains("Content-Type: " + multipart.contentType())
                            || seen.toLowerCase(java.util.Locale.ROOT).contains(
                                    "content-type: " + multipart.contentType()),
                    "the multipart Content-Type (with its boundary) did not arrive:\n" + seen);
            assertEquals(Long.toString(multipart.length()), header(response, "X-Tck-Body-Length"),
                    "the multipart body length differs");
            assertEquals(multipart.sha256(), header(response, "X-Tck-Body-Sha256"), "the multipart bytes differ");
        }
    }

    @Test
    void required_everyStatusIsAnAnswerWithItsBody() throws Exception {
        for (int code : List.of(200, 201, 202, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504)) {
            try (TransportResponse response = send(transport, get(uri("/_tck/status?code=" + code)))) {
                String body = text(response);
                assertEquals(code, response.statusCode(), "status " + code + " arrived as " + response.statusCode());
                if (code == 204) {
                    assertEquals("", body, "a 204 answer has no body");
                } else {
                    assertTrue(body.contains("\"status\":" + code),
                            "the body of a " + code + " answer must reach the caller; got: " + body);
                }
            }
        }
    }

    @Test
    void required_redirectsAreReturnedNotFollowed() throws Exception {
        try (TransportResponse response = send(transport, get(uri("/_tck/redirect")))) {
            String body = text(response);
            assertEquals(302, response.statusCode(), "a redirect must reach the caller unfollowed (the API key"
                    + " must never travel to a redirect target), but the answer was " + response.statusCode());
            assertEquals("/_tck/echo?redirected=true", response.headers().first("Location").orElse(null),
                    "the Location header was lost");
            assertEquals("moved", body, "the redirect's body was lost");
        }
    }

    // ---------------------------------------------------------------- streaming and back-pressure

    @Test
    void required_firstEventReachesTheCallerWhileTheServerIsStillSending() throws Exception {
        String tag = tag();
        TckServer.Tag state = server.tag(tag);
        TransportRequest request = request("GET", uri("/_tck/sse?events=3&tag=" + tag),
                Headers.builder().set("Accept", "text/event-stream").build(), null, true, STEP);
        Future<TransportResponse> sent = kit.submit(() -> transport.send(request));
        TransportResponse response;
        String first;
        try {
            response = sent.get(QUICK.toMillis(), TimeUnit.MILLISECONDS);
            first = kit.within(QUICK, "the first event did not reach the caller while the server held back the"
                    + " rest of the stream: the transport waits for the whole body instead of streaming it",
                    () -> KitSupport.nextEvent(response.body()));
        } catch (java.util.concurrent.TimeoutException e) {
            state.release.countDown();
            sent.cancel(true);
            throw new org.opentest4j.AssertionFailedError("send() did not return while the server held back the"
                    + " rest of an event stream: it must return once the status and headers have arrived");
        } finally {
            state.release.countDown();
        }
        try (response) {
            assertEquals("data: {\"index\":1}", first, "the first event is wrong");
            assertEquals("data: {\"index\":2}", KitSupport.nextEvent(response.body()));
            assertEquals("data: {\"index\":3}", KitSupport.nextEvent(response.body()));
            assertEquals("data: [DONE]", KitSupport.nextEvent(response.body()));
            assertEquals(null, KitSupport.nextEvent(response.body()), "the stream must end after [DONE]");
        }
    }

    @Test
    void required_sendAsyncCompletesWhenTheHeadersArrive() throws Exception {
        String tag = tag();
        TckServer.Tag state = server.tag(tag);
        CompletableFuture<TransportResponse> future = transport.sendAsync(request("GET",
                uri("/_tck/sse?events=2&tag=" + tag), Headers.empty(), null, true, STEP));
        TransportResponse response;
        try {
            response = future.get(QUICK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            state.release.countDown();
            throw new org.opentest4j.AssertionFailedError("sendAsync() did not complete while the server held back"
                    + " the rest of an event stream: its future must complete with the status and headers");
        } finally {
            state.release.countDown();
        }
        try (response) {
            assertEquals(200, response.statusCode());
            assertEquals("data: {\"index\":1}", KitSupport.nextEvent(response.body()));
            assertEquals("data: {\"index\":2}", KitSupport.nextEvent(response.body()));
            assertEquals("data: [DONE]", KitSupport.nextEvent(response.body()));
        }
    }

    @Test
    void required_aSlowReaderHoldsTheServerBack(TestReporter reporter) throws Exception {
        String tag = tag();
        TckServer.Tag state = server.tag(tag);
        long size = 256L * 1024 * 1024;
        TransportResponse response = send(transport, request("GET",
                uri("/_tck/bytes?chunked=true&size=" + size + "&tag=" + tag), Headers.empty(), null, true, STEP));
        try (response) {
            int read = KitSupport.readAtLeast(response.body(), 64 * 1024);
            long written = KitSupport.settled(state.written::get, Duration.ofMillis(400), QUICK);
            long ahead = written - read;
            reporter.publishEntry("serverAheadOfSlowReaderBytes", Long.toString(ahead));
            assertTrue(ahead <= READ_AHEAD_LIMIT, "the caller read " + mb(read) + " and stopped, yet the server got "
                    + mb(written) + " of a " + mb(size) + " stream accepted: the transport buffers the body"
                    + " instead of applying back-pressure (allowed ahead: " + mb(READ_AHEAD_LIMIT) + ")");
        }
    }

    @Test
    void required_closingAResponseEarlyReleasesItsConnection() throws Exception {
        HttpTransport single = newTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 1,
                null, null));
        try {
            for (boolean viaBody : List.of(false, true)) {
                String tag = tag();
                TckServer.Tag state = server.tag(tag);
                TransportResponse response = send(single, request("GET", uri("/_tck/endless?tag=" + tag),
                        Headers.empty(), null, true, STEP));
                KitSupport.readAtLeast(response.body(), 16 * 1024);
                String how = viaBody ? "closing the body stream" : "closing the response";
                kit.within(QUICK, how + " early blocked", () -> {
                    if (viaBody) {
                        response.body().close();
                    } else {
                        response.close();
                    }
                    return null;
                });
                String closed;
                try {
                    closed = state.peerClosed.get(QUICK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new org.opentest4j.AssertionFailedError(how + " early did not release the connection:"
                            + " the server was still sending the endless body 5 s later (an unread body must be"
                            + " abandoned by closing its connection)");
                }
                assertNotNull(closed);
                String next = exchange(single, get(uri("/_tck/echo?after=" + tag)));
                assertNotNull(next, "after " + how + ", a transport limited to one connection must serve the"
                        + " next request");
                if (viaBody) {
                    response.close();   // the owner closes it as well; that must be harmless
                }
            }
        } finally {
            single.close();
            transports.remove(single);
        }
    }

    // ---------------------------------------------------------------- timeouts and failures

    @Test
    void required_connectTimeoutIsATimeoutOfKindConnect() throws Exception {
        try (ServerSocket full = new ServerSocket()) {
            full.bind(new InetSocketAddress(TckServer.loopback(), 0), 1);
            List<Socket> fillers = fillBacklog(full);
            try {
                assumeTrue(fillers != null, "could not make a connection attempt hang on this machine (the accept"
                        + " queue of a listening socket never filled), so a connect timeout cannot be provoked");
                HttpTransport quick = newTransport(new TransportConfig(Duration.ofMillis(500), Duration.ofSeconds(10),
                        4, null, null));
                try {
                    URI target = URI.create("http://127.0.0.1:" + full.getLocalPort() + "/_tck/echo");
                    Throwable failure = failureOf(() -> quick.send(get(target)), "a connect that cannot complete");
                    expectTimeout(failure, MistralTimeoutException.Kind.CONNECT, "a connect that cannot complete");
                } finally {
                    quick.close();
                    transports.remove(quick);
                }
            } finally {
                if (fillers != null) {
                    for (Socket filler : fillers) {
                        filler.close();
                    }
                }
            }
        }
    }

    /** Fills the accept queue of a listener that never accepts; null when connections never start to hang. */
    private static List<Socket> fillBacklog(ServerSocket listener) throws IOException {
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(listener.getLocalSocketAddress(), 200);
                fillers.add(socket);
            } catch (java.net.SocketTimeoutException hung) {
                socket.close();
                return fillers;
            }
        }
        for (Socket filler : fillers) {
            filler.close();
        }
        return null;
    }

    @Test
    void required_responseTimeoutIsATimeoutOfKindResponse() throws Exception {
        TransportRequest request = request("GET", uri("/_tck/no-answer"), Headers.empty(), null, false,
                Duration.ofMillis(500));
        Throwable failure = failureOf(() -> transport.send(request), "send() to a server that never answers");
        expectTimeout(failure, MistralTimeoutException.Kind.RESPONSE, "send() to a server that never answers");
        assertTrue(Arrays.stream(failure.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals(HttpTransportVerification.class.getName())),
                "send() must throw with the caller's frames in its stack (rethrow a failure raised on an I/O thread"
                        + " as a new exception of its type, keeping it as the cause, e.g. with CallerFrames.wrap);"
                        + " its stack starts at " + Arrays.stream(failure.getStackTrace()).limit(3)
                        .map(String::valueOf).collect(Collectors.joining(" < ")));
        expectTimeout(failureOf(() -> transport.sendAsync(request).get(STEP.toMillis(), TimeUnit.MILLISECONDS),
                "sendAsync() to a server that never answers"),
                MistralTimeoutException.Kind.RESPONSE, "sendAsync() to a server that never answers");
    }

    @Test
    void required_silenceBetweenBodyBytesIsATimeoutOfKindIdle() throws Exception {
        HttpTransport impatient = newTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofMillis(500),
                4, null, null));
        try {
            TransportResponse response = send(impatient, get(uri("/_tck/stall?after=1000")));
            try (response) {
                int read = KitSupport.readAtLeast(response.body(), 1000);
                assertEquals(1000, read, "the first 1000 bytes did not arrive");
                Throwable failure = failureOf(() -> response.body().read(), "reading a body whose server went silent");
                MistralTimeoutException timeout = timeoutIn(failure);
                assertNotNull(timeout, "a body read that waited longer than the read timeout must fail with a"
                        + " MistralTimeoutException of kind IDLE (thrown, or as the cause of the IOException); got "
                        + describe(failure));
                assertEquals(MistralTimeoutException.Kind.IDLE, timeout.kind(), "wrong timeout kind");
            }
        } finally {
            impatient.close();
            transports.remove(impatient);
        }
    }

    @Test
    void required_aResetMidBodyIsAFailureNotAnEnd() throws Exception {
        long after = 64 * 1024;
        Throwable failure = failureOf(() -> {
            try (TransportResponse response = transport.send(get(uri("/_tck/reset?after=" + after)))) {
                InputStream body = response.body();
                long total = 0;
                byte[] buffer = new byte[8192];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    total += read;
                }
                fail("the body ended quietly after " + total + " of the " + (after * 4) + " bytes announced when the"
                        + " server reset the connection: a cut body must fail, never look complete");
            }
            return null;
        }, "reading a body whose connection is reset");
        assertTrue(failure instanceof IOException || isConnectionFailure(failure),
                "a reset must fail with an IOException while reading or a MistralConnectionException; got "
                        + describe(failure));
    }

    @Test
    void required_aResetBeforeTheAnswerIsAConnectionFailure() throws Exception {
        TransportRequest request = request("POST", uri("/_tck/reset-before-answer"), Headers.empty(),
                RequestBody.ofBytes("{}".getBytes(StandardCharsets.UTF_8), "application/json"), false, STEP);
        Throwable sync = failureOf(() -> transport.send(request), "send() when the server resets the connection");
        assertTrue(isConnectionFailure(sync), "send() must fail with a MistralConnectionException (not a timeout)"
                + " when the connection is reset; got " + describe(sync));
        Throwable async = failureOf(() -> transport.sendAsync(request).get(STEP.toMillis(), TimeUnit.MILLISECONDS),
                "sendAsync() when the server resets the connection");
        assertTrue(isConnectionFailure(async), "sendAsync() must fail with a MistralConnectionException (not a"
                + " timeout) when the connection is reset; got " + describe(async));
    }

    @Test
    void required_aRefusedConnectionIsAConnectionFailure() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, TckServer.loopback())) {
            port = closed.getLocalPort();
        }
        URI target = URI.create("http://127.0.0.1:" + port + "/_tck/echo");
        Throwable failure = failureOf(() -> transport.send(get(target)), "send() to a port nobody listens on");
        assertTrue(isConnectionFailure(failure), "a refused connection must be a MistralConnectionException (not a"
                + " timeout); got " + describe(failure));
    }

    private Throwable failureOf(java.util.concurrent.Callable<?> action, String what) throws Exception {
        try {
            kit.within(STEP, what + " neither succeeded nor failed", () -> {
                Object result = action.call();
                if (result instanceof AutoCloseable) {
                    ((AutoCloseable) result).close();
                }
                return null;
            });
        } catch (org.opentest4j.AssertionFailedError e) {
            throw e;
        } catch (Exception e) {
            return unwrap(e);
        }
        throw new org.opentest4j.AssertionFailedError(what + " succeeded; it must fail");
    }

    private static void expectTimeout(Throwable failure, MistralTimeoutException.Kind kind, String what) {
        assertTrue(failure instanceof MistralTimeoutException, what + " must fail with a MistralTimeoutException of"
                + " kind " + kind + "; got " + describe(failure));
        assertEquals(kind, ((MistralTimeoutException) failure).kind(), what + " failed with the wrong timeout kind");
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no failure";
        }
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null && text.length() < 600; cause = cause.getCause()) {
            text.append(" caused by ").append(cause);
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- connections

    @Test
    void required_connectionsAreReused() throws Exception {
        HttpTransport own = newTransport(defaultConfig());
        TckServer fresh = TckServer.plain();
        try {
            List<String> connections = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                try (TransportResponse response = send(own, get(fresh.uri("/_tck/echo?n=" + i)))) {
                    text(response);
                    connections.add(header(response, "X-Tck-Connection"));
                }
            }
            assertEquals(1, connections.stream().distinct().count(), "5 exchanges one after the other used the"
                    + " connections " + connections + ": a transport must keep connections alive and reuse them");
            closeAndExpectConnectionsClosed(own, fresh);
        } finally {
            own.close();
            transports.remove(own);
            fresh.close();
        }
    }

    @Test
    void required_maxConnectionsIsHonoured() throws Exception {
        HttpTransport single = newTransport(new TransportConfig(Duration.ofSeconds(5), STEP, 1, null, null));
        try {
            TransportResponse busy = send(single, get(uri("/_tck/stall?after=1000")));
            CompletableFuture<TransportResponse> next;
            try (busy) {
                KitSupport.readAtLeast(busy.body(), 1000);
                next = single.sendAsync(get(uri("/_tck/echo?after=busy")));
                Thread.sleep(500);
                assertFalse(next.isDone(), "with maxConnections 1 a second exchange was answered while the first"
                        + " still held the only connection: the transport ignores maxConnections (honour it, or"
                        + " refuse it when the transport is created)");
            }
            try (TransportResponse answered = next.get(STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                assertEquals(200, answered.statusCode(), "the waiting exchange, once the connection was free");
                text(answered);
            }
        } finally {
            single.close();
            transports.remove(single);
        }
    }

    @Test
    void required_64ExchangesRunAtOnce() throws Exception {
        String tag = tag();
        int parties = 64;
        List<Future<String>> answers = new ArrayList<>();
        List<CompletableFuture<TransportResponse>> asyncAnswers = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            TransportRequest request = get(uri("/_tck/gate?parties=" + parties + "&tag=" + tag + "&index=" + i));
            if (i % 2 == 0) {
                asyncAnswers.add(transport.sendAsync(request));
            } else {
                answers.add(kit.submit(() -> {
                    try (TransportResponse response = transport.send(request)) {
                        return response.statusCode() + " " + text(response);
                    }
                }));
            }
        }
        List<String> problems = new ArrayList<>();
        for (CompletableFuture<TransportResponse> future : asyncAnswers) {
            try (TransportResponse response = future.get(30, TimeUnit.SECONDS)) {
                String body = text(response);
                if (response.statusCode() != 200) {
                    problems.add(response.statusCode() + " " + body);
                }
            } catch (Exception e) {
                problems.add(describe(unwrap(e)));
            }
        }
        for (Future<String> future : answers) {
            try {
                String answer = future.get(30, TimeUnit.SECONDS);
                if (!answer.startsWith("200 ")) {
                    problems.add(answer);
                }
            } catch (Exception e) {
                problems.add(describe(unwrap(e)));
            }
        }
        assertTrue(problems.isEmpty(), parties + " exchanges (half sync, half async) must be in flight at once with"
                + " maxConnections " + defaultConfig().maxConnections() + "; " + problems.size() + " failed, e.g. "
                + problems.stream().distinct().limit(3).collect(Collectors.toList()));
    }

    // ---------------------------------------------------------------- large bodies

    @Test
    void required_a100MbRequestBodyIsStreamedNotHeld(TestReporter reporter) throws Exception {
        String tag = tag();
        TckServer.Tag state = server.tag(tag);
        Pattern.Source source = new Pattern.Source(HUNDRED_MB);
        TransportRequest request = request("POST", uri("/_tck/echo?hold=true&tag=" + tag), Headers.empty(),
                KitSupport.streamed(source, HUNDRED_MB, "application/octet-stream"), false, Duration.ofSeconds(60));
        Future<String[]> sent = kit.submit(() -> {
            try (TransportResponse response = transport.send(request)) {
                text(response);
                return new String[] {header(response, "X-Tck-Body-Length"), header(response, "X-Tck-Body-Sha256")};
            }
        });
        long pulled;
        try {
            pulled = KitSupport.settled(source::pulled, Duration.ofMillis(400), QUICK);
        } finally {
            state.release.countDown();
        }
        String[] seen = sent.get(60, TimeUnit.SECONDS);
        reporter.publishEntry("requestBodyReadWhileServerHeldBytes", Long.toString(pulled));
        assertTrue(pulled <= READ_AHEAD_LIMIT, "while the server took none of the body the transport read "
                + mb(pulled) + " of it: request bodies must be streamed to the socket, not gathered in memory"
                + " (allowed ahead: " + mb(READ_AHEAD_LIMIT) + ")");
        assertEquals(Long.toString(HUNDRED_MB), seen[0], "the server received another number of bytes");
        assertEquals(KitSupport.patternSha256(HUNDRED_MB), seen[1], "the server received other bytes");
    }

    @Test
    void required_a100MbResponseBodyIsStreamedNotHeld(TestReporter reporter) throws Exception {
        String tag = tag();
        TckServer.Tag state = server.tag(tag);
        TransportResponse response = send(transport, request("GET",
                uri("/_tck/bytes?size=" + HUNDRED_MB + "&tag=" + tag), Headers.empty(), null, false, STEP));
        try (response) {
            int first = KitSupport.readAtLeast(response.body(), 64 * 1024);
            long written = KitSupport.settled(state.written::get, Duration.ofMillis(400), QUICK);
            reporter.publishEntry("serverAheadOfPausedReaderBytes", Long.toString(written - first));
            assertTrue(written - first <= READ_AHEAD_LIMIT, "the caller paused after " + mb(first) + " yet the"
                    + " server got " + mb(written) + " accepted: the transport holds the body in memory instead"
                    + " of streaming it (allowed ahead: " + mb(READ_AHEAD_LIMIT) + ")");
            long total = kit.within(Duration.ofSeconds(60), "reading the rest of a 100 MB body took too long",
                    () -> Pattern.verify(new SkipVerifier(response.body(), first)));
            assertEquals(HUNDRED_MB, total, "the body has another length");
        }
    }

    /** Continues pattern verification at an offset: feeds the pattern's first bytes, then the stream. */
    private static final class SkipVerifier extends InputStream {
        private final InputStream rest;
        private final InputStream prefix;

        SkipVerifier(InputStream rest, int alreadyRead) throws IOException {
            this.rest = rest;
            this.prefix = new java.io.ByteArrayInputStream(new Pattern.Source(alreadyRead).readAllBytes());
        }

        @Override
        public int read() throws IOException {
            int b = prefix.read();
            return b >= 0 ? b : rest.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = prefix.read(buffer, offset, length);
            return read >= 0 ? read : rest.read(buffer, offset, length);
        }
    }

    // ---------------------------------------------------------------- TLS

    @Test
    void required_httpsWithATrustedCertificateAuthorityWorks() throws Exception {
        TestCertificateAuthority authority = TestCertificateAuthority.create("Mistral4J TCK CA");
        TestCertificateAuthority.Issued certificate = authority.issue("127.0.0.1", List.of("127.0.0.1"),
                List.of("localhost"));
        try (TckServer tls = TckServer.tls(certificate.serverContext())) {
            HttpTransport secure = newTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 4,
                    null, authority.clientContext()));
            try {
                byte[] json = "{\"secure\":true}".getBytes(StandardCharsets.UTF_8);
                try (TransportResponse response = send(secure, request("POST", tls.uri("/_tck/echo"), Headers.empty(),
                        RequestBody.ofBytes(json, "application/json"), false, STEP))) {
                    text(response);
                    assertEquals(200, response.statusCode());
                    assertEquals(KitSupport.sha256(json), header(response, "X-Tck-Body-Sha256"),
                            "the body did not arrive intact over TLS");
                }
                closeAndExpectConnectionsClosed(secure, tls);
            } finally {
                secure.close();
                transports.remove(secure);
            }
        }
    }

    @Test
    void required_anUntrustedCertificateIsRefused() throws Exception {
        TestCertificateAuthority trusted = TestCertificateAuthority.create("Mistral4J TCK CA");
        TestCertificateAuthority stranger = TestCertificateAuthority.create("Somebody Else's CA");
        TestCertificateAuthority.Issued certificate = stranger.issue("127.0.0.1", List.of("127.0.0.1"),
                List.of("localhost"));
        expectTlsRefusal(certificate, trusted, "a certificate from an authority the client does not trust");
    }

    @Test
    void required_aCertificateForAnotherHostIsRefused() throws Exception {
        TestCertificateAuthority trusted = TestCertificateAuthority.create("Mistral4J TCK CA");
        TestCertificateAuthority.Issued certificate = trusted.issue("elsewhere.invalid", List.of("127.0.0.2"),
                List.of("elsewhere.invalid"));
        expectTlsRefusal(certificate, trusted, "a trusted certificate issued for another host (hostname"
                + " verification must be on)");
    }

    private void expectTlsRefusal(TestCertificateAuthority.Issued certificate, TestCertificateAuthority trusted,
                                  String what) throws Exception {
        try (TckServer tls = TckServer.tls(certificate.serverContext())) {
            HttpTransport secure = newTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 4,
                    null, trusted.clientContext()));
            try {
                Throwable failure = failureOf(() -> secure.send(get(tls.uri("/_tck/echo"))), "a request to " + what);
                assertTrue(isConnectionFailure(failure), "a request to " + what + " must fail with a"
                        + " MistralConnectionException; got " + describe(failure));
                assertTrue(tls.connections().stream().allMatch(c -> c.requests() == 0),
                        "the request reached a server presenting " + what);
            } finally {
                secure.close();
                transports.remove(secure);
            }
        }
    }

    // ---------------------------------------------------------------- provider and lifecycle

    @Test
    void required_theProviderIsFoundByServiceLoader() {
        HttpTransportProvider provider = provider();
        assumeTrue(provider != null, "no provider to check: override provider() in " + getClass().getName()
                + " to have the kit check its registration in META-INF/services");
        String name = provider.name();
        assertTrue(name != null && name.matches("[a-z0-9][a-z0-9-]*"), "a provider name must be short, lower case"
                + " and stable (it is what -Dmistral4j.transport names); got '" + name + "'");
        List<String> found = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::type).map(Class::getName).collect(Collectors.toList());
        assertTrue(found.contains(provider.getClass().getName()), provider.getClass().getName() + " is not registered"
                + " in META-INF/services/" + HttpTransportProvider.class.getName() + "; ServiceLoader found " + found);
    }

    @Test
    void required_closingTwiceIsHarmless() throws Exception {
        HttpTransport own = newTransport(defaultConfig());
        exchange(own, get(uri("/_tck/echo")));
        kit.within(QUICK, "close() blocked", () -> {
            own.close();
            own.close();
            return null;
        });
        transports.remove(own);
    }

    // ---------------------------------------------------------------- optional features

    @Test
    void optional_http2IsSpokenWhenTlsOffersIt() throws Exception {
        assumeTrue(supportsHttp2(), "HTTP/2 not verified: override supportsHttp2() to return true if the transport"
                + " negotiates h2 over TLS (ALPN)");
        TestCertificateAuthority authority = TestCertificateAuthority.create("Mistral4J TCK CA");
        TestCertificateAuthority.Issued certificate = authority.issue("127.0.0.1", List.of("127.0.0.1"), List.of());
        try (TckServer h2 = TckServer.tls(certificate.serverContext(), "h2", "http/1.1")) {
            HttpTransport secure = newTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 4,
                    null, authority.clientContext()));
            try {
                List<String> connections = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    byte[] body = "hello h2".getBytes(StandardCharsets.UTF_8);
                    try (TransportResponse response = send(secure, request("POST", h2.uri("/_tck/echo"),
                            Headers.empty(), RequestBody.ofBytes(body, "text/plain"), false, STEP))) {
                        String text = text(response);
                        assertEquals(200, response.statusCode());
                        assertEquals("HTTP/2", response.headers().first("x-tck-protocol").orElse("HTTP/1.1"),
                                "the transport did not use HTTP/2 although the server offered h2");
                        assertEquals("8", header(response, "x-tck-body-length"), "the body was lost: " + text);
                        connections.add(header(response, "x-tck-connection"));
                    }
                }
                assertEquals(1, connections.stream().distinct().count(), "HTTP/2 exchanges must share a connection;"
                        + " used " + connections);
                closeAndExpectConnectionsClosed(secure, h2);
            } finally {
                secure.close();
                transports.remove(secure);
            }
        }
    }

    @Test
    void optional_requestsGoThroughTheConfiguredProxy() throws Exception {
        assumeTrue(supportsProxy(), "proxies not verified: override supportsProxy() to return true if the"
                + " transport honours TransportConfig.proxy()");
        InetSocketAddress proxyAddress = new InetSocketAddress(TckServer.loopback(), server.port());
        ProxySelector selector = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, proxyAddress));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // the kit's proxy is always there
            }
        };
        HttpTransport proxied = newTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(10), 4,
                selector, null));
        try {
            // An unresolvable host: only a request that really went to the proxy can get an answer.
            URI target = URI.create("http://tck-target.invalid:8080/_tck/echo");
            try (TransportResponse response = send(proxied, get(target))) {
                text(response);
                String how = header(response, "X-Tck-Proxy");
                assertTrue(how.startsWith("absolute http://tck-target.invalid:8080/")
                                || how.equals("connect tck-target.invalid:8080"),
                        "the request must reach the proxy in absolute form or through CONNECT; the proxy saw: " + how);
            }
        } finally {
            proxied.close();
            transports.remove(proxied);
        }
    }

    @Test
    void optional_unixDomainSockets() throws Exception {
        assumeTrue(supportsUnixSockets(), "Unix domain sockets not verified: override supportsUnixSockets() and"
                + " createUnixSocketTransport(Path, TransportConfig) if the transport can use them");
        try (TckServer unix = TckServer.unix()) {
            HttpTransport local = createUnixSocketTransport(unix.unixPath(), defaultConfig());
            transports.add(local);
            try {
                byte[] json = "{\"unix\":true}".getBytes(StandardCharsets.UTF_8);
                try (TransportResponse response = send(local, request("POST", unix.uri("/_tck/echo"), Headers.empty(),
                        RequestBody.ofBytes(json, "application/json"), false, STEP))) {
                    text(response);
                    assertEquals(200, response.statusCode());
                    assertEquals(KitSupport.sha256(json), header(response, "X-Tck-Body-Sha256"));
                }
                closeAndExpectConnectionsClosed(local, unix);
            } finally {
                local.close();
                transports.remove(local);
            }
        }
    }

    /** For subclasses that add tests of their own: the kit's plain HTTP server's base URI. */
    protected final URI kitServerUri(String pathAndQuery) {
        assertFalse(server == null, "the kit has not started");
        return server.uri(pathAndQuery);
    }
}
