/**
 * The service-provider ports: the implementation ({@link io.mistral4j.spi.MistralClientFactory}),
 * HTTP transports ({@link io.mistral4j.spi.HttpTransportProvider}, {@link io.mistral4j.spi.HttpTransport})
 * and call observers ({@link io.mistral4j.spi.CallObserver}), all found through
 * {@link java.util.ServiceLoader}.
 */
package io.mistral4j.spi;
