package io.mistral4j.spi;

import io.mistral4j.Headers;
import java.util.List;

/**
 * Adds headers to each call's request, such as the W3C {@code traceparent} of the call's span:
 * the one way, besides the caller's own headers, that something outside the client puts
 * headers on a request. Asked once per call, after the call's listeners have been handed out
 * and told of the request ({@link CallListener#onRequest}); the headers go out with every
 * attempt.
 *
 * <p>What a propagator returns can only add to the request: a header the request already has
 * (a default or per-call header) is kept and the propagator's value dropped, and headers the
 * client owns are refused, with one WARN per propagator: credentials ({@code Authorization},
 * {@code Proxy-Authorization}, {@code X-API-Key}, {@code Api-Key}, {@code Cookie}) and those
 * describing the message or the connection ({@code Host}, {@code Content-Length},
 * {@code Content-Type}, {@code Content-Encoding}, {@code Transfer-Encoding}, {@code Connection},
 * {@code Upgrade}, {@code Expect}, {@code TE}, {@code Trailer}, {@code Keep-Alive}). A
 * propagator never sees the request itself, nor its credentials.
 *
 * <p>A propagator finds what it needs of the call in the call's listeners: the listener its own
 * observer handed out (e.g. the one holding the call's span) is among them. Listeners only
 * listen; the propagator is the only party that adds headers, and only through this filter.
 * Must be fast and must never throw: an exception is logged and swallowed, and the call goes
 * out without that propagator's headers.
 *
 * <p>Propagators found through {@link java.util.ServiceLoader} are asked for every client; one
 * given to {@code MistralClient.Builder.addHeaderPropagator} replaces a discovered one of the
 * same class. When two propagators name the same header, the first one asked wins
 * (discovered ones first, then those added to the builder, in order).
 */
@FunctionalInterface
public interface RequestHeaderPropagator {

    /**
     * The headers to add to {@code call}'s request.
     *
     * @param call      the call, as services describe it
     * @param listeners the listeners the client's observers handed out for this call, in the
     *                  observers' order ({@link CallListener#NONE} for an observer that ignores it)
     * @return the headers to add; {@link Headers#empty()} for none
     */
    Headers headersFor(ApiCall call, List<CallListener> listeners);
}
