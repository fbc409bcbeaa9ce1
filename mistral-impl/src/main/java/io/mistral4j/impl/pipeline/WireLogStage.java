package io.mistral4j.impl.pipeline;

import io.mistral4j.impl.chain.CallStage;
import io.mistral4j.impl.http.Redactor;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt as it goes on the wire, at TRACE only: the request line, its headers
 * (authentication included, masked by {@code Headers.toString()}) and its body with the API key
 * hidden, then the status the attempt got. Innermost, so it sees exactly what the transport
 * sends, once per attempt. With TRACE off it only checks the level.
 */
final class WireLogStage implements CallStage {

    private static final Logger LOG = LoggerFactory.getLogger(WireLogStage.class);

    private final CallStage next;
    private final Redactor redactor;

    WireLogStage(CallStage next, Redactor redactor) {
        this.next = next;
        this.redactor = redactor;
    }

    @Override
    public TransportResponse send(ApiCall call, TransportRequest request) {
        if (!LOG.isTraceEnabled()) {
            return next.send(call, request);
        }
        logRequest(request);
        long started = System.nanoTime();
        TransportResponse response = next.send(call, request);
        logResponse(request, response.statusCode(), started);
        return response;
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(ApiCall call, TransportRequest request) {
        if (!LOG.isTraceEnabled()) {
            return next.sendAsync(call, request);
        }
        logRequest(request);
        long started = System.nanoTime();
        return next.sendAsync(call, request).thenApply(response -> {
            logResponse(request, response.statusCode(), started);
            return response;
        });
    }

    private void logRequest(TransportRequest request) {
        LOG.trace("--> {} {} {} body: {}", request.method(), redactor.redact(request.uri().toString()),
                request.headers(), body(request.body()));
    }

    private static void logResponse(TransportRequest request, int status, long started) {
        LOG.trace("<-- {} {} {} in {} ms", request.method(), request.uri().getPath(), status,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A text body as text (key hidden); anything else by its type and size, never its bytes. */
    private String body(RequestBody body) {
        if (body == null) {
            return "(none)";
        }
        if (body instanceof RequestBody.Bytes && isText(body.contentType())) {
            return redactor.redact(new String(((RequestBody.Bytes) body).bytes(), StandardCharsets.UTF_8));
        }
        return "(" + body.contentType() + ", " + (body.contentLength() < 0 ? "streamed" : body.contentLength()
                + " bytes") + ")";
    }

    private static boolean isText(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.startsWith("text/")
                || type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl");
    }
}
