package io.mistral4j.impl.read;

import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.ResponseTooLargeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/** Maps the I/O failures of reading an answer to the typed exceptions. */
public final class IoFailures {

    private IoFailures() {
    }

    public static MistralException reading(IOException e, String what) {
        if (e instanceof TimeoutIOException) {
            return new MistralTimeoutException(((TimeoutIOException) e).kind(), e.getMessage() + ": " + what, e);
        }
        if (e instanceof LimitExceededIOException) {
            LimitExceededIOException limit = (LimitExceededIOException) e;
            return tooLarge(limit.setting(), limit.limitBytes(), e.getMessage() + " in " + what);
        }
        if (e.getCause() instanceof MistralException) {
            return (MistralException) e.getCause();   // a transport already said what went wrong
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.CONNECT, "connect timed out: " + what, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.RESPONSE, "response timed out: " + what, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                && e.getMessage() != null && e.getMessage().contains("timed out")) {
            return new MistralTimeoutException(MistralTimeoutException.Kind.IDLE,
                    "no data for longer than the read timeout: " + what, e);
        }
        return new MistralConnectionException("connection failed while reading " + what + ": " + e, e);
    }

    /** The typed error for an answer beyond a limit, saying how to raise it. */
    public static ResponseTooLargeException tooLarge(String setting, long limitBytes, String what) {
        return new ResponseTooLargeException(what + ": the limit is " + limitBytes + " bytes (" + setting
                + "); raise it with MistralClient.builder()." + setting + "(...)"
                + ("maxResponseBytes".equals(setting) ? " or, for one call, RequestOptions.builder().maxResponseBytes(...)"
                : ""), setting, limitBytes);
    }
}
