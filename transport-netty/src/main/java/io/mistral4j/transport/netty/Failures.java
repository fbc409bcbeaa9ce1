package io.mistral4j.transport.netty;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.TransportRequest;
import io.netty.channel.ConnectTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Maps Netty's failures to the typed exceptions of the API. */
final class Failures {

    private Failures() {
    }

    static MistralException of(Throwable error, TransportRequest request) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof io.netty.handler.codec.DecoderException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof MistralException) {
            return (MistralException) cause;
        }
        if (cause instanceof ConnectTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT,
                    "could not connect in time: " + request + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof TimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT,
                    "no pooled connection became free in time: " + request, cause);
        }
        return new MistralConnectionException("request failed: " + request + ": " + cause, cause);
    }
}
