/**
 * The service-provider ports: the implementation ({@link io.mistral4j.spi.MistralClientFactory}),
 * HTTP transports ({@link io.mistral4j.spi.HttpTransportProvider}, {@link io.mistral4j.spi.HttpTransport})
 * call observers ({@link io.mistral4j.spi.CallObserver}, handing out a
 * {@link io.mistral4j.spi.CallListener} per call), request header propagators
 * ({@link io.mistral4j.spi.RequestHeaderPropagator}) and budget stores
 * ({@link io.mistral4j.spi.BudgetStore}, {@link io.mistral4j.spi.BudgetStoreProvider}), all found through
 * {@link java.util.ServiceLoader}.
 */
package io.mistral4j.spi;
