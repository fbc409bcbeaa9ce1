package com.acme.transport;

import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;
import java.util.ServiceLoader;

/**
 * Acme's transport: the JDK transport, counted. Registered in
 * {@code META-INF/services/io.mistral4j.spi.HttpTransportProvider}; select it with
 * {@code MistralClient.builder().transport("acme")}.
 */
public final class AcmeTransportProvider implements HttpTransportProvider {

    @Override
    public String name() {
        return "acme";
    }

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public HttpTransport create(TransportConfig config) {
        HttpTransportProvider jdk = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("jdk"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the acme transport needs mistral-impl's jdk transport"));
        return new AcmeTransport(jdk.create(config));
    }
}
