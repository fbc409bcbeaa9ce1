package io.mistral4j.transport.httpclient5;

import java.io.IOException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * Hands each exchange's runtime to its {@link ExchangeAbort}. Placed right before HttpClient's
 * main transport step, where the runtime is the one that holds the connection carrying the
 * exchange.
 */
final class ExchangeAbortInterceptor implements AsyncExecChainHandler {

    static final String NAME = "mistral4j-exchange-abort";

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
                        AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        ExchangeAbort abort = scope.clientContext.getAttribute(ExchangeAbort.ATTRIBUTE, ExchangeAbort.class);
        if (abort != null) {
            abort.running(scope.execRuntime);
        }
        chain.proceed(request, entityProducer, scope, callback);
    }
}
