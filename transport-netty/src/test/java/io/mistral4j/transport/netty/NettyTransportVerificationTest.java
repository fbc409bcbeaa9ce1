package io.mistral4j.transport.netty;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;
import io.mistral4j.tck.transport.HttpTransportVerification;
import java.nio.file.Path;

/** The Netty transport against the transport verification kit. */
class NettyTransportVerificationTest extends HttpTransportVerification {

    @Override
    protected HttpTransportProvider provider() {
        return new NettyTransportProvider();
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
        return NettyTransport.builder().config(config).unixDomainSocket(socket).build();
    }
}
