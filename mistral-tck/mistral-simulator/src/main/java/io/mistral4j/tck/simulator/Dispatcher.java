package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.BearerAuth;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.ReplyWriter;
import io.mistral4j.tck.simulator.wire.RateLimitMeter;
import io.mistral4j.tck.simulator.wire.Router;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entry point for every exchange: record, authenticate, route, run the handler, write the reply.
 * Handlers only compute {@link Reply} values; scripted faults are applied here, where the route
 * key and per-route call number are known, by playing the fault instead of writing the reply.
 * It lives beside the public types it records requests and faults as.
 */
final class Dispatcher implements HttpHandler {

    private static final String API_PREFIX = "/v1";

    private final Router router;
    private final BearerAuth auth;
    private final RequestLog log;
    private final ReplyWriter writer;
    private final FaultWriter faultWriter;
    private final Map<String, AtomicInteger> callCounts = new ConcurrentHashMap<>();
    private final FaultScript faults;
    private final RateLimitMeter workspaceLimit;

    Dispatcher(Router router, BearerAuth auth, RequestLog log, ReplyWriter writer) {
        this(router, auth, log, writer, new RateLimitMeter(System::currentTimeMillis));
    }

    /** A dispatcher that lets calls in only as {@code workspaceLimit} admits them. */
    Dispatcher(Router router, BearerAuth auth, RequestLog log, ReplyWriter writer, RateLimitMeter workspaceLimit) {
        this.workspaceLimit = workspaceLimit;
        this.router = router;
        this.auth = auth;
        this.log = log;
        this.writer = writer;
        this.faultWriter = new FaultWriter(writer);
        this.faults = new FaultScript(router.keys());
    }

    FaultScript faults() {
        return faults;
    }

    /** Calls the route has received (after authentication), the number the next fault rule sees minus one. */
    int callCount(String route) {
        AtomicInteger count = callCounts.get(route);
        return count == null ? 0 : count.get();
    }

    void resetCallCounts() {
        callCounts.clear();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            // An upload route reads its body itself, as a stream: a large file never sits in memory.
            boolean streamed = streamsBody(exchange);
            byte[] body = streamed ? new byte[0] : in.readAllBytes();
            RecordedRequest request = record(exchange, body);
            log.add(request);
            decide(request, body, streamed ? in : null).write(exchange);
        } catch (IOException e) {
            // The client went away mid-response; nothing left to tell it.
        } catch (RuntimeException e) {
            tryWrite(exchange, normal(ApiErrors.internal("Simulator failure: " + e)));
        } finally {
            exchange.close();
        }
    }

    private boolean streamsBody(HttpExchange exchange) {
        Router.Resolution resolution = router.resolve(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT), exchange.getRequestURI().getPath());
        return resolution instanceof Router.Found found && found.route().streamsBody();
    }

    /** What to send: the handler's reply, or a scripted fault in its place. */
    @FunctionalInterface
    private interface Answer {
        void write(HttpExchange exchange) throws IOException;
    }

    private Answer normal(Reply reply) {
        return exchange -> writer.write(exchange, reply);
    }

    private Answer decide(RecordedRequest request, byte[] body, InputStream bodyStream) {
        String path = request.path();
        if ((path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/"))
                && !auth.accepts(request.header("Authorization"))) {
            return normal(ApiErrors.unauthorized());
        }
        Router.Resolution resolution = router.resolve(request.method(), path);
        if (resolution instanceof Router.MethodNotAllowed notAllowed) {
            return normal(ApiErrors.methodNotAllowed(notAllowed.allowed()));
        }
        if (!(resolution instanceof Router.Found found)) {
            return normal(ApiErrors.notFound("Not Found: " + request.method() + " " + path));
        }
        OptionalLong wait = workspaceLimit.admit();
        if (wait.isPresent()) {
            return normal(ApiErrors.rateLimited(wait.getAsLong()));
        }
        String key = found.route().key();
        int call = callCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        ApiRequest apiRequest = new ApiRequest(request.query(), request.headers(), request.body(), body, key,
                found.pathParams(), call, bodyStream == null ? new ByteArrayInputStream(body) : bodyStream);
        Fault fault = faults.faultFor(key, call);
        if (fault == null) {
            return normal(found.route().handler().handle(apiRequest));
        }
        faults.record(new InjectedFault(key, call, fault, request));
        Reply normal = fault.needsNormalReply() ? found.route().handler().handle(apiRequest) : null;
        return exchange -> faultWriter.write(exchange, fault, normal);
    }

    private static RecordedRequest record(HttpExchange exchange, byte[] body) {
        return new RecordedRequest(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                new String(body, StandardCharsets.UTF_8));
    }

    private static void tryWrite(HttpExchange exchange, Answer answer) {
        try {
            answer.write(exchange);
        } catch (IOException | RuntimeException ignored) {
            // Headers may already be sent; the connection is closed in handle() either way.
        }
    }
}
