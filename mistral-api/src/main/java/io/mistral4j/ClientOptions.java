package io.mistral4j;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.resilience.ResilienceSettings;
import io.mistral4j.spi.AuthProvider;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.RequestHeaderPropagator;
import io.mistral4j.spi.TransportConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A client's configuration as validated by {@link MistralClient.Builder#build()}; what the
 * implementation is created from. Its {@code toString} never shows the key, nor the user
 * information ({@code user:password@}) of the base URL.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param apiKey         the API key, or null when {@code authProvider} authenticates
 * @param baseUrl        the API root, e.g. {@code https://api.mistral.ai}
 * @param callTimeout    overall deadline of one call, all attempts included
 * @param defaultHeaders headers sent with every call
 * @param transport      transport settings (connect and read timeouts, TLS, proxy)
 * @param transportName  the transport provider to use, or null for the highest priority
 * @param customTransport a transport instance supplied by the user, or null
 * @param authProvider   how requests are authenticated
 * @param observers      observers added explicitly (ServiceLoader ones are added by the implementation)
 * @param resilience     retries, circuit breakers, rate budgets, response and stream idle timeouts
 * @param limits         how much of an answer is held in memory
 * @param headerPropagators propagators added explicitly (ServiceLoader ones are added by the implementation)
 * @param budgetStore    where the rate and token budgets are kept, or null for one found through
 *                       {@code ServiceLoader}, else the client's memory
 */
public record ClientOptions(ApiKey apiKey, URI baseUrl, Duration callTimeout, Headers defaultHeaders,
                            TransportConfig transport, String transportName, HttpTransport customTransport,
                            AuthProvider authProvider, List<CallObserver> observers, ResilienceSettings resilience,
                            ResponseLimits limits, List<RequestHeaderPropagator> headerPropagators,
                            BudgetStore budgetStore) {

    /** The overall deadline of a call unless set otherwise. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Fills in what is missing (default call timeout, transport and resilience settings; bearer
     * authentication with {@code apiKey}, or none without a key) and cuts durations to
     * {@link Durations#MAX}, so that options built here never fail later, during a call.
     */
    public ClientOptions {
        limits = limits == null ? ResponseLimits.defaults() : limits;
        if (baseUrl == null) {
            throw new ValidationException("baseUrl", "must not be null");
        }
        callTimeout = callTimeout == null ? DEFAULT_CALL_TIMEOUT : Durations.requirePositive("callTimeout", callTimeout);
        if (authProvider == null) {
            authProvider = apiKey != null ? AuthProvider.bearer(apiKey) : request -> Headers.empty();
        }
        observers = observers == null ? List.of() : List.copyOf(observers);
        headerPropagators = headerPropagators == null ? List.of() : List.copyOf(headerPropagators);
        resilience = resilience == null ? ResilienceSettings.defaults() : resilience;
        defaultHeaders = defaultHeaders == null ? Headers.empty() : defaultHeaders;
        transport = transport == null ? TransportConfig.defaults() : transport;
    }

    /**
     * Options without header propagators added explicitly, with the budget store found through
     * {@code ServiceLoader}, else the client's memory.
     */
    public ClientOptions(ApiKey apiKey, URI baseUrl, Duration callTimeout, Headers defaultHeaders,
                         TransportConfig transport, String transportName, HttpTransport customTransport,
                         AuthProvider authProvider, List<CallObserver> observers, ResilienceSettings resilience,
                         ResponseLimits limits) {
        this(apiKey, baseUrl, callTimeout, defaultHeaders, transport, transportName, customTransport, authProvider,
                observers, resilience, limits, null, null);
    }

    /** Options with the default response limits. */
    public ClientOptions(ApiKey apiKey, URI baseUrl, Duration callTimeout, Headers defaultHeaders,
                         TransportConfig transport, String transportName, HttpTransport customTransport,
                         AuthProvider authProvider, List<CallObserver> observers, ResilienceSettings resilience) {
        this(apiKey, baseUrl, callTimeout, defaultHeaders, transport, transportName, customTransport, authProvider,
                observers, resilience, null, null, null);
    }

    /** Options with the default resilience settings and response limits. */
    public ClientOptions(ApiKey apiKey, URI baseUrl, Duration callTimeout, Headers defaultHeaders,
                         TransportConfig transport, String transportName, HttpTransport customTransport,
                         AuthProvider authProvider, List<CallObserver> observers) {
        this(apiKey, baseUrl, callTimeout, defaultHeaders, transport, transportName, customTransport, authProvider,
                observers, null, null, null, null);
    }

    /**
     * The name of the transport chosen by the builder's {@code transport(String)}, e.g. {@code jdk} or
     * {@code netty}; empty to let the client pick one.
     */
    public Optional<String> transportNameIfSet() {
        return Optional.ofNullable(transportName);
    }

    /**
     * A transport instance given to the builder, used instead of one found by name; empty when none was
     * given.
     */
    public Optional<HttpTransport> customTransportIfSet() {
        return Optional.ofNullable(customTransport);
    }

    /** The budget store given to the builder; empty to use one found through ServiceLoader, else memory. */
    public Optional<BudgetStore> budgetStoreIfSet() {
        return Optional.ofNullable(budgetStore);
    }

    @Override
    public String toString() {
        return "ClientOptions{baseUrl=" + Redaction.uri(baseUrl) + ", apiKey=" + (apiKey == null ? "none" : apiKey)
                + ", callTimeout=" + callTimeout + ", defaultHeaders=" + defaultHeaders
                + ", transport=" + transport + ", transportName=" + transportName + ", resilience=" + resilience + ", limits=" + limits
                + (budgetStore == null ? "" : ", budgetStore=" + budgetStore.name()) + '}';
    }
}
