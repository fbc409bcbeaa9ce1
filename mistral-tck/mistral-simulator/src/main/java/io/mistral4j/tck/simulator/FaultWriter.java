package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.ReplyWriter;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Plays a {@link Fault}. A reset is an {@link AbortedExchange} thrown before the response is
 * complete: the dispatcher then closes the exchange, and the HTTP server drops a connection
 * whose response was never started or is shorter than its {@code Content-Length}.
 */
final class FaultWriter {

    /** Ends an exchange without completing its response; the connection is dropped. */
    static final class AbortedExchange extends IOException {
        private static final long serialVersionUID = 1L;

        AbortedExchange(String message) {
            super(message);
        }
    }

    private final ReplyWriter writer;

    FaultWriter(ReplyWriter writer) {
        this.writer = writer;
    }

    /** Plays {@code fault} in place of the route's {@code normal} answer (null when the fault needs none). */
    void write(HttpExchange exchange, Fault fault, Reply normal) throws IOException {
        writer.commonHeaders(exchange, normal == null ? 0 : normal.tokenCost());
        ReplyWriter.sleep(fault.latency());
        fault.headers().forEach(exchange.getResponseHeaders()::set);
        switch (fault.kind()) {
            case LATENCY -> writer.writeBody(exchange, normal);
            case STATUS -> status(exchange, fault);
            case RESET_BEFORE_RESPONSE -> throw new AbortedExchange("reset before the response");
            case RESET_DURING_BODY -> cut(exchange, normal, -1);
            case STREAM_CUT -> cut(exchange, normal, fault.events());
            case STREAM_STALL -> stall(exchange, normal, fault);
            case MALFORMED_JSON -> broken(exchange, normal, false);
            case TRUNCATED_JSON -> broken(exchange, normal, true);
        }
    }

    private static void status(HttpExchange exchange, Fault fault) throws IOException {
        String body = fault.body() != null ? fault.body() : defaultBody(fault.status());
        if (!fault.headers().keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase)) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean noBody = fault.status() == 204 || fault.status() == 304 || fault.status() < 200;
        exchange.sendResponseHeaders(fault.status(), noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /**
     * Announces the whole normal answer's length, sends part of it and drops the connection:
     * {@code events} events of a stream, or half of any body when {@code events} is negative
     * or the answer is not a stream.
     */
    private static void cut(HttpExchange exchange, Reply normal, int events) throws IOException {
        byte[] whole;
        int sent;
        int status = 200;
        if (normal instanceof Reply.EventStream stream) {
            List<byte[]> parts = ReplyWriter.eventBytes(stream);
            whole = concat(parts);
            sent = events < 0 ? whole.length / 2 : prefixLength(parts, Math.min(events, parts.size() - 1));
            ReplyWriter.streamHeaders(exchange);
        } else {
            Whole answer = whole(exchange, normal);
            status = answer.status();
            whole = answer.bytes();
            sent = whole.length / 2;
        }
        exchange.sendResponseHeaders(status, whole.length);
        OutputStream out = exchange.getResponseBody();
        out.write(whole, 0, sent);
        out.flush();
        throw new AbortedExchange("reset after " + sent + " of " + whole.length + " bytes");
    }

    private void stall(HttpExchange exchange, Reply normal, Fault fault) throws IOException {
        if (normal instanceof Reply.EventStream stream) {
            writer.writeEventStream(exchange, stream, fault.events(), fault.stall());
            return;
        }
        Whole answer = whole(exchange, normal);
        byte[] whole = answer.bytes();
        exchange.sendResponseHeaders(answer.status(), whole.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(whole, 0, whole.length / 2);
            out.flush();
            ReplyWriter.sleep(fault.stall());
            out.write(whole, whole.length / 2, whole.length - whole.length / 2);
        }
    }

    /** A 200 whose JSON (the body, or a stream's first event) is garbage or cut in half, framed correctly. */
    private static void broken(HttpExchange exchange, Reply normal, boolean truncated) throws IOException {
        if (normal instanceof Reply.EventStream stream) {
            String first = stream.events().isEmpty() ? "{}" : Json.write(stream.events().get(0));
            String data = truncated ? first.substring(0, first.length() / 2) : "{\"id\": oops, not json";
            ReplyWriter.streamHeaders(exchange);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        byte[] whole = whole(exchange, normal).bytes();
        byte[] body = truncated ? Arrays.copyOf(whole, whole.length / 2)
                : "{\"object\": \"chat.completion\", \"choices\": [ <html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A non-streamed answer's status and bytes, its headers set on the exchange. */
    private record Whole(int status, byte[] bytes) {
    }

    private static Whole whole(HttpExchange exchange, Reply normal) throws IOException {
        if (normal instanceof Reply.Binary binary) {
            binary.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.getResponseHeaders().set("Content-Type", binary.contentType());
            try (java.io.InputStream content = binary.content().open()) {
                return new Whole(binary.status(), content.readAllBytes());
            }
        }
        Reply.Json json = (Reply.Json) normal;
        json.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        return new Whole(json.status(), ReplyWriter.jsonBytes(json));
    }

    private static String defaultBody(int status) {
        Map<Integer, String> messages = Map.of(408, "Request Timeout", 409, "Conflict", 429, "Requests rate limit exceeded",
                500, "Internal Server Error", 502, "Bad Gateway", 503, "Service Unavailable", 504, "Gateway Timeout");
        JsonObject body = new JsonObject();
        body.addProperty("object", "error");
        body.addProperty("message", messages.getOrDefault(status, "Injected failure with status " + status));
        body.addProperty("type", status == 429 ? "rate_limited" : status >= 500 ? "internal_server_error"
                : ApiErrors.INVALID_REQUEST);
        body.add("param", com.google.gson.JsonNull.INSTANCE);
        body.add("code", com.google.gson.JsonNull.INSTANCE);
        return Json.write(body);
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        parts.forEach(part -> all.write(part, 0, part.length));
        return all.toByteArray();
    }

    private static int prefixLength(List<byte[]> parts, int count) {
        int length = 0;
        for (int i = 0; i < count; i++) {
            length += parts.get(i).length;
        }
        return length;
    }
}
