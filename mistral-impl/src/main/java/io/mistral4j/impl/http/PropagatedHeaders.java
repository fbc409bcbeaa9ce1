package io.mistral4j.impl.http;

import io.mistral4j.Headers;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestHeaderPropagator;
import io.mistral4j.spi.TransportRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the headers of a client's {@link RequestHeaderPropagator}s to each call's request, and
 * only adds: a header the request already has keeps its value, the first propagator to name a
 * header wins, and headers the client owns (credentials, message framing, the connection) are
 * refused, with one WARN per propagator. A propagator that throws is logged and skipped.
 */
public final class PropagatedHeaders {

    private static final Logger LOG = LoggerFactory.getLogger(PropagatedHeaders.class);

    /** Headers no propagator may set, lower case. */
    static final Set<String> REFUSED = Set.of("authorization", "proxy-authorization", "x-api-key", "api-key",
            "cookie", "host", "content-length", "content-type", "content-encoding", "transfer-encoding",
            "connection", "upgrade", "expect", "te", "trailer", "keep-alive");

    private final List<Asked> propagators;

    public PropagatedHeaders(List<RequestHeaderPropagator> propagators) {
        this.propagators = propagators.stream().map(Asked::new).toList();
    }

    /** Propagators none: requests go out as built. */
    public static PropagatedHeaders none() {
        return new PropagatedHeaders(List.of());
    }

    /** {@code request} with the propagators' headers for {@code call} added where allowed. */
    public TransportRequest addTo(ApiCall call, CallEvents events, TransportRequest request) {
        if (propagators.isEmpty()) {
            return request;
        }
        Headers.Builder headers = null;
        Set<String> taken = null;   // made when a propagator offers something: most offer nothing most of the time
        for (Asked propagator : propagators) {
            Headers offered = propagator.headersFor(call, events);
            for (String name : offered.names()) {
                if (taken == null) {
                    taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                    taken.addAll(request.headers().names());
                }
                if (propagator.refuses(name) || !taken.add(name)) {
                    continue;
                }
                if (headers == null) {
                    headers = request.headers().toBuilder();
                }
                for (String value : offered.all(name)) {
                    headers.add(name, value);
                }
            }
        }
        return headers == null ? request : request.withHeaders(headers.build());
    }

    /** One propagator, with whether it was already warned about a refused header. */
    private static final class Asked {
        private final RequestHeaderPropagator propagator;
        private final AtomicBoolean warned = new AtomicBoolean();

        Asked(RequestHeaderPropagator propagator) {
            this.propagator = propagator;
        }

        Headers headersFor(ApiCall call, CallEvents events) {
            try {
                Headers headers = propagator.headersFor(call, events.listeners());
                return headers == null ? Headers.empty() : headers;
            } catch (RuntimeException e) {
                LOG.warn("Request header propagator {} failed; ignored", propagator.getClass().getName(), e);
                return Headers.empty();
            }
        }

        boolean refuses(String name) {
            if (!REFUSED.contains(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (warned.compareAndSet(false, true)) {
                LOG.warn("Request header propagator {} may not set the {} header; dropped (warned once)",
                        propagator.getClass().getName(), name);
            }
            return true;
        }
    }
}
