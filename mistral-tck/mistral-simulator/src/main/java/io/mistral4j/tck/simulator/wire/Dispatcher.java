package io.mistral4j.tck.simulator.wire;

import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.FaultScript;
import io.mistral4j.tck.simulator.InjectedFault;
import io.mistral4j.tck.simulator.RecordedRequest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

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
 * key and per-route call number are known, by substituting the reply.
 */
public final class Dispatcher implements HttpHandler {

    private static final String API_PREFIX = "/v1";

    private final Router router;
    private final BearerAuth auth;
    private final RequestLog log;
    private final ReplyWriter writer;
    private final Map<String, AtomicInteger> callCounts = new ConcurrentHashMap<>();
    private final FaultScript faults;
    private final RateLimitMeter workspaceLimit;

    public Dispatcher(Router router, BearerAuth auth, RequestLog log, ReplyWriter writer) {
        this(router, auth, log, writer, new RateLimitMeter(System::currentTimeMillis));
    }

    /** A dispatcher that lets calls in only as {@code workspaceLimit} admits them. */
    public Dispatcher(Router router, BearerAuth auth, RequestLog log, ReplyWriter writer,
                      RateLimitMeter workspaceLimit) {
        this.workspaceLimit = workspaceLimit;
        this.router = router;
        this.auth = auth;
        this.log = log;
        this.writer = writer;
        this.faults = new FaultScript(router.keys());
    }

    public FaultScript faults() {
        return faults;
    }

    /** Calls the route has received (after authentication), the number the next fault rule sees minus one. */
    public int callCount(String route) {
        AtomicInteger count = callCounts.get(route);
        return count == null ? 0 : count.get();
    }

    public void resetCallCounts() {
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
            writer.write(exchange, decide(request, body, streamed ? in : null));
        } catch (IOException e) {
            // The client went away mid-response; nothing left to tell it.
        } catch (RuntimeException e) {
            tryWrite(exchange, ApiErrors.internal("Simulator failure: " + e));
        } finally {
            exchange.close();
        }
    }

    private boolean streamsBody(HttpExchange exchange) {
        Router.Resolution resolution = router.resolve(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT), exchange.getRequestURI().getPath());
        return resolution instanceof Router.Found found && found.route().streamsBody();
    }

    private Reply decide(RecordedRequest request, byte[] body, InputStream bodyStream) {
        String path = request.path();
        if ((path.equals(API_PREFIX) || path.startsWith(API_PREFIX + "/"))
                && !auth.accepts(request.header("Authorization"))) {
            return ApiErrors.unauthorized();
        }
        Router.Resolution resolution = router.resolve(request.method(), path);
        if (resolution instanceof Router.MethodNotAllowed notAllowed) {
            return ApiErrors.methodNotAllowed(notAllowed.allowed());
        }
        if (!(resolution instanceof Router.Found found)) {
            return ApiErrors.notFound("Not Found: " + request.method() + " " + path);
        }
        OptionalLong wait = workspaceLimit.admit();
        if (wait.isPresent()) {
            return ApiErrors.rateLimited(wait.getAsLong());
        }
        String key = found.route().key();
        int call = callCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        ApiRequest apiRequest = bodyStream == null
                ? new ApiRequest(request, body, key, found.pathParams(), call)
                : new ApiRequest(request, body, key, found.pathParams(), call, bodyStream);
        Fault fault = faults.faultFor(key, call);
        if (fault == null) {
            return found.route().handler().handle(apiRequest);
        }
        faults.record(new InjectedFault(key, call, fault, request));
        return new Reply.Faulted(fault, fault.needsNormalReply() ? found.route().handler().handle(apiRequest) : null);
    }

    private static RecordedRequest record(HttpExchange exchange, byte[] body) {
        return new RecordedRequest(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                new String(body, StandardCharsets.UTF_8));
    }

    private void tryWrite(HttpExchange exchange, Reply reply) {
        try {
            writer.write(exchange, reply);
        } catch (IOException | RuntimeException ignored) {
            // Headers may already be sent; the connection is closed in handle() either way.
        }
    }
}
