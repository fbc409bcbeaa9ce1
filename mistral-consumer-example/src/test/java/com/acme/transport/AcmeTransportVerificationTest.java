package com.acme.transport;

import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.tck.transport.HttpTransportVerification;

/** The Mistral4J transport verification kit certifies Acme's transport. */
class AcmeTransportVerificationTest extends HttpTransportVerification {

    @Override
    protected HttpTransportProvider provider() {
        return new AcmeTransportProvider();
    }
}
