package io.mistral4j.impl.transport.kit;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.impl.transport.jdk.JdkHttpTransportProvider;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Transports broken on purpose, each around the working JDK transport, to prove that the kit
 * catches the mistake and says what it is.
 */
final class BrokenTransports {

    private BrokenTransports() {
    }

    static HttpTransport jdk(TransportConfig config) {
        return new JdkHttpTransportProvider().create(config);
    }

    /** Reads every body whole before handing the answer over. */
    static HttpTransport buffering(TransportConfig config) {
        return new Delegating(jdk(config)) {
            @Override
            TransportResponse adapt(TransportResponse response) {
                try (response) {
                    byte[] whole = response.body().readAllBytes();
                    return answer(response.statusCode(), response.headers(), new ByteArrayInputStream(whole), () -> {
                    });
                } catch (IOException e) {
                    throw new MistralConnectionException("could not buffer the body", e);
                }
            }
        };
    }

    /** Ignores every close of an answer or of its body: connections are never released early. */
    static HttpTransport ignoringClose(TransportConfig config) {
        return new Delegating(jdk(config)) {
            @Override
            TransportResponse adapt(TransportResponse response) {
                InputStream unclosable = new FilterInputStream(response.body()) {
                    @Override
                    public void close() {
                        // the mistake: the unread rest keeps its connection busy
                    }
                };
                return answer(response.statusCode(), response.headers(), unclosable, () -> {
                });
            }
        };
    }

    /**
     * Transports {@link #leaking} never closed. A real leak keeps its transport reachable (a
     * forgotten field, a cache); held here, the garbage collector cannot end what close() did
     * not, whichever JDK runs the test.
     */
    private static final List<HttpTransport> LEAKED = new CopyOnWriteArrayList<>();

    /** Never closes the transport underneath: its threads and connections outlive close(). */
    static HttpTransport leaking(TransportConfig config) {
        HttpTransport leaked = jdk(config);
        LEAKED.add(leaked);
        return new Delegating(leaked) {
            @Override
            public void close() {
                // the mistake
            }
        };
    }

    /** Ends what {@link #leaking} left running, once the kit has reported it. */
    static void closeLeaked() {
        LEAKED.forEach(HttpTransport::close);
        LEAKED.clear();
    }

    /** Passes everything to another transport; subclasses break one thing. */
    private static class Delegating implements HttpTransport {
        private final HttpTransport delegate;

        Delegating(HttpTransport delegate) {
            this.delegate = delegate;
        }

        TransportResponse adapt(TransportResponse response) {
            return response;
        }

        @Override
        public TransportResponse send(TransportRequest request) {
            return adapt(delegate.send(request));
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
            return delegate.sendAsync(request).thenApplyAsync(this::adapt);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    static TransportResponse answer(int status, Headers headers, InputStream body, Runnable onClose) {
        return new TransportResponse() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }
}
