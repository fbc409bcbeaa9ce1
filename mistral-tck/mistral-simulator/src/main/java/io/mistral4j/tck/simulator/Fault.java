package io.mistral4j.tck.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted misbehaviour of the simulator for one call: see {@link FaultScript}. Faults are
 * values; build them with the static factories and refine them with {@code with*}.
 *
 * <pre>{@code
 * simulator.faults().on("POST /v1/chat/completions")
 *         .call(1, Fault.status(503).withHeader("Retry-After", "2"))
 *         .call(2, Fault.resetDuringBody())
 *         .call(3, Fault.cutStreamAfter(2));
 * }</pre>
 *
 * <p>Resets close the connection abruptly: before the status line, or in the middle of a body
 * whose {@code Content-Length} promised more, so the client sees a failed exchange, never a
 * short but complete answer.
 */
public final class Fault {

    /** What goes wrong. */
    public enum Kind {
        /** The normal answer, late. */
        LATENCY,
        /** Any status with any headers and body instead of the normal answer. */
        STATUS,
        /** The connection is dropped before anything is answered. */
        RESET_BEFORE_RESPONSE,
        /** Status and headers are sent, then half the body, then the connection is dropped. */
        RESET_DURING_BODY,
        /** A streamed answer sends some events, then the connection is dropped (no {@code [DONE]}). */
        STREAM_CUT,
        /** A streamed answer sends some events, then goes silent for a while before going on. */
        STREAM_STALL,
        /** A 200 whose body (or first event) is not JSON. */
        MALFORMED_JSON,
        /** A 200 whose JSON body (or first event) is cut in half, with consistent framing. */
        TRUNCATED_JSON
    }

    private final Kind kind;
    private final Duration latency;
    private final int status;
    private final Map<String, String> headers;
    private final String body;
    private final int events;
    private final Duration stall;

    private Fault(Kind kind, Duration latency, int status, Map<String, String> headers, String body, int events,
                  Duration stall) {
        this.kind = kind;
        this.latency = latency;
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.events = events;
        this.stall = stall;
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, Duration.ZERO, 0, Map.of(), null, 0, Duration.ZERO);
    }

    /** The normal answer after {@code delay}. */
    public static Fault latency(Duration delay) {
        return of(Kind.LATENCY).withLatency(delay);
    }

    /** {@code status} with a Mistral-shaped error body (replace it with {@link #withBody}). */
    public static Fault status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status out of range: " + status);
        }
        return new Fault(Kind.STATUS, Duration.ZERO, status, Map.of(), null, 0, Duration.ZERO);
    }

    /** A 429 with {@code Retry-After: retryAfter} (seconds or an HTTP date) and Mistral's rate-limit body. */
    public static Fault rateLimited(String retryAfter) {
        return status(429).withHeader("Retry-After", retryAfter)
                .withBody("{\"object\":\"error\",\"message\":\"Requests rate limit exceeded\",\"type\":\"rate_limited\","
                        + "\"param\":null,\"code\":\"1300\"}");
    }

    public static Fault resetBeforeResponse() {
        return of(Kind.RESET_BEFORE_RESPONSE);
    }

    public static Fault resetDuringBody() {
        return of(Kind.RESET_DURING_BODY);
    }

    /** A stream that breaks after {@code events} events; on a non-streamed answer, a reset during the body. */
    public static Fault cutStreamAfter(int events) {
        requireEvents(events);
        return new Fault(Kind.STREAM_CUT, Duration.ZERO, 0, Map.of(), null, events, Duration.ZERO);
    }

    /** A stream that goes silent for {@code stall} after {@code events} events, then goes on (if the client is still there). */
    public static Fault stallStreamAfter(int events, Duration stall) {
        requireEvents(events);
        Objects.requireNonNull(stall, "stall");
        return new Fault(Kind.STREAM_STALL, Duration.ZERO, 0, Map.of(), null, events, stall);
    }

    public static Fault malformedJson() {
        return of(Kind.MALFORMED_JSON);
    }

    public static Fault truncatedJson() {
        return of(Kind.TRUNCATED_JSON);
    }

    /** Waits {@code delay} before misbehaving. */
    public Fault withLatency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        return new Fault(kind, delay, status, headers, body, events, stall);
    }

    /** Adds a response header (it replaces the simulator's own of the same name). */
    public Fault withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Fault(kind, latency, status, more, body, events, stall);
    }

    /** The body of a {@link Kind#STATUS} fault, sent as is. */
    public Fault withBody(String body) {
        if (kind != Kind.STATUS) {
            throw new IllegalStateException("only a status fault has a body of its own");
        }
        return new Fault(kind, latency, status, headers, Objects.requireNonNull(body, "body"), events, stall);
    }

    public Kind kind() {
        return kind;
    }

    public Duration latency() {
        return latency;
    }

    /** The status of a {@link Kind#STATUS} fault; 0 for the others. */
    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The body of a {@link Kind#STATUS} fault, or null for the default error body. */
    public String body() {
        return body;
    }

    /** Events sent before a cut or a stall. */
    public int events() {
        return events;
    }

    public Duration stall() {
        return stall;
    }

    /** Whether the route still computes its normal answer (a status fault or an early reset replaces it). */
    public boolean needsNormalReply() {
        return kind != Kind.STATUS && kind != Kind.RESET_BEFORE_RESPONSE;
    }

    private static void requireEvents(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, was " + events);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(kind.name());
        if (kind == Kind.STATUS) {
            out.append(' ').append(status);
        }
        if (kind == Kind.STREAM_CUT || kind == Kind.STREAM_STALL) {
            out.append(" after ").append(events).append(" events");
        }
        if (kind == Kind.STREAM_STALL) {
            out.append(" for ").append(stall.toMillis()).append(" ms");
        }
        if (!latency.isZero()) {
            out.append(" (latency ").append(latency.toMillis()).append(" ms)");
        }
        if (!headers.isEmpty()) {
            out.append(' ').append(headers);
        }
        return out.toString();
    }
}
