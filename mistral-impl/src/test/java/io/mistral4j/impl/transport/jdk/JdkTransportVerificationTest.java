package io.mistral4j.impl.transport.jdk;

import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.tck.transport.HttpTransportVerification;

/** The built-in {@code java.net.http} transport against the transport verification kit. */
class JdkTransportVerificationTest extends HttpTransportVerification {

    @Override
    protected HttpTransportProvider provider() {
        return new JdkHttpTransportProvider();
    }

    @Override
    protected boolean supportsHttp2() {
        return true;
    }

    @Override
    protected boolean supportsProxy() {
        return true;
    }
}
