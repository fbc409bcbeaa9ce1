package io.mistral4j.transport.httpclient5;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.tck.transport.HttpTransportVerification;
import java.nio.file.Path;

/** The Apache HttpClient 5 transport against the transport verification kit. */
class HttpClient5TransportVerificationTest extends HttpTransportVerification {

    @Override
    protected HttpTransportProvider provider() {
        return new HttpClient5TransportProvider();
    }

    @Override
    protected boolean supportsHttp2() {
        return true;
    }

    @Override
    protected boolean supportsProxy() {
        return true;
    }

    @Override
    protected boolean supportsUnixSockets() {
        return true;
    }

    @Override
    protected HttpTransport createUnixSocketTransport(Path socket, TransportConfig config) {
        return HttpClient5Transport.builder().config(config).unixDomainSocket(socket).build();
    }
}
