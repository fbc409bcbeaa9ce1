package io.mistral4j.transport.httpclient5;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.TransportRequest;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

/** Maps what HttpClient reports before an answer's head to the typed exceptions of the API. */
final class Failures {

    private Failures() {
    }

    static MistralException of(Throwable error, TransportRequest request) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof MistralException) {
            return (MistralException) cause;
        }
        if (cause instanceof ConnectTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT,
                    "could not connect in time: " + request + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof DeadlineTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT,
                    "no pooled connection became free in time: " + request, cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.RESPONSE,
                    "no answer in time: " + request + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof CancellationException) {
            return new MistralConnectionException("the exchange was cancelled: " + request, cause);
        }
        return new MistralConnectionException("request failed: " + request + ": " + cause, cause);
    }
}
