package io.mistral4j.impl.transport;

import io.mistral4j.ClientOptions;
import io.mistral4j.errors.MistralException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the transport: an instance given to the builder; else the provider the builder
 * names; else the one {@code -Dmistral4j.transport} names; else the highest priority one.
 * Broken providers are reported and skipped. No provider, or an unknown name, is an error that
 * lists what was found.
 */
public final class TransportSelector {

    private static final Logger LOG = LoggerFactory.getLogger(TransportSelector.class);

    private final Supplier<Iterator<HttpTransportProvider>> providers;
    private final Supplier<String> systemProperty;

    public TransportSelector() {
        this(() -> ServiceLoader.load(HttpTransportProvider.class).iterator(),
                () -> System.getProperty(HttpTransportProvider.SELECTION_PROPERTY));
    }

    TransportSelector(Supplier<Iterator<HttpTransportProvider>> providers, Supplier<String> systemProperty) {
        this.providers = providers;
        this.systemProperty = systemProperty;
    }

    /** A transport and the name it goes by: its provider's, or its class's for one given to the builder. */
    public record Selected(String name, HttpTransport transport) {
    }

    public HttpTransport select(ClientOptions options) {
        return selectNamed(options).transport();
    }

    /** Chooses the transport of a client being built and says which it is in one DEBUG line. */
    public Selected selectNamed(ClientOptions options) {
        if (options.customTransport() != null) {
            String name = options.customTransport().getClass().getName();
            LOG.debug("Using the HTTP transport given to the builder: {}", name);
            return new Selected(name, options.customTransport());
        }
        HttpTransportProvider provider = chooseProvider(options);
        return new Selected(provider.name(), provider.create(options.transport()));
    }

    HttpTransportProvider chooseProvider(ClientOptions options) {
        List<HttpTransportProvider> found = load();
        String wanted = options.transportName() != null ? options.transportName() : blankToNull(systemProperty.get());
        if (found.isEmpty()) {
            throw new MistralException("No HTTP transport found. Add io.mistral4j:mistral-impl (it brings the JDK "
                    + "transport) or a transport module such as io.mistral4j:transport-httpclient5 or "
                    + "io.mistral4j:transport-netty to the class path.");
        }
        if (wanted != null) {
            String source = options.transportName() != null ? "set on the builder"
                    : "from -D" + HttpTransportProvider.SELECTION_PROPERTY;
            HttpTransportProvider named = found.stream().filter(p -> p.name().equalsIgnoreCase(wanted.strip()))
                    .findFirst().orElseThrow(() -> new MistralException("No HTTP transport named '" + wanted + "' ("
                            + source + "); found: " + describe(found)));
            LOG.debug("Using HTTP transport '{}' ({}) out of {}", named.name(), source, describe(found));
            return named;
        }
        HttpTransportProvider best = found.get(0);
        for (HttpTransportProvider candidate : found) {
            if (candidate.priority() > best.priority()) {
                best = candidate;
            }
        }
        LOG.debug("Using HTTP transport '{}' out of {}", best.name(), describe(found));
        return best;
    }

    private List<HttpTransportProvider> load() {
        List<HttpTransportProvider> found = new ArrayList<>();
        Iterator<HttpTransportProvider> iterator = providers.get();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    return found;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a broken HTTP transport provider: {}", e.getMessage());
            }
        }
    }

    private static String describe(List<HttpTransportProvider> found) {
        return found.stream().map(p -> p.name() + " (priority " + p.priority() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
