package io.mistral4j.impl;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.impl.transport.TransportSelector;
import io.mistral4j.spi.MistralClientFactory;
import java.util.ServiceLoader;

/** Registered with {@link ServiceLoader}: how {@code MistralClient.builder()} reaches this module. */
public final class DefaultMistralClientFactory implements MistralClientFactory {

    @Override
    public MistralClient create(ClientOptions options) {
        return new DefaultMistralClient(options, new TransportSelector().selectNamed(options), Discovered.load());
    }
}
