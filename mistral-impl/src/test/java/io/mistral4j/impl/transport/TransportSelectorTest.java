package io.mistral4j.impl.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.errors.MistralException;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.HttpTransportProvider;
import io.mistral4j.spi.TransportConfig;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

class TransportSelectorTest {

    private static HttpTransportProvider provider(String name, int priority) {
        return new HttpTransportProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public HttpTransport create(TransportConfig config) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ClientOptions options(String transportName) {
        MistralClient.Builder builder = MistralClient.builder().apiKey("sk-x");
        if (transportName != null) {
            builder.transport(transportName);
        }
        return io.mistral4j.TestAccess.options(builder);
    }

    private static TransportSelector selector(List<HttpTransportProvider> providers, String property) {
        return new TransportSelector(providers::iterator, () -> property);
    }

    @Test
    void highestPriorityWins() {
        TransportSelector selector = selector(List.of(provider("jdk", 0), provider("netty", 20),
                provider("httpclient5", 10)), null);
        assertThat(selector.chooseProvider(options(null)).name()).isEqualTo("netty");
    }

    @Test
    void theSystemPropertyPicksByName() {
        TransportSelector selector = selector(List.of(provider("jdk", 0), provider("netty", 20)), "jdk");
        assertThat(selector.chooseProvider(options(null)).name()).isEqualTo("jdk");
    }

    @Test
    void theBuilderOverridesTheProperty() {
        TransportSelector selector = selector(List.of(provider("jdk", 0), provider("netty", 20)), "jdk");
        assertThat(selector.chooseProvider(options("NETTY")).name()).isEqualTo("netty");
    }

    @Test
    void anUnknownNameListsWhatWasFound() {
        TransportSelector selector = selector(List.of(provider("jdk", 0), provider("netty", 20)), "okhttp");
        assertThatThrownBy(() -> selector.chooseProvider(options(null)))
                .isInstanceOf(MistralException.class)
                .hasMessageContaining("'okhttp'")
                .hasMessageContaining("-Dmistral4j.transport")
                .hasMessageContaining("jdk (priority 0)")
                .hasMessageContaining("netty (priority 20)");
    }

    @Test
    void noProviderSaysWhichModulesToAdd() {
        TransportSelector selector = selector(List.of(), null);
        assertThatThrownBy(() -> selector.chooseProvider(options(null)))
                .hasMessageContaining("No HTTP transport found")
                .hasMessageContaining("mistral-impl")
                .hasMessageContaining("transport-netty");
    }

    @Test
    void aBrokenProviderIsSkipped() {
        Iterator<HttpTransportProvider> withBroken = new Iterator<>() {
            private int position;

            @Override
            public boolean hasNext() {
                return position < 2;
            }

            @Override
            public HttpTransportProvider next() {
                if (position >= 2) {
                    throw new NoSuchElementException();
                }
                if (position++ == 0) {
                    throw new ServiceConfigurationError("com.example.Broken could not be instantiated");
                }
                return provider("jdk", 0);
            }
        };
        TransportSelector selector = new TransportSelector(() -> withBroken, () -> null);
        assertThat(selector.chooseProvider(options(null)).name()).isEqualTo("jdk");
    }

    @Test
    void theBuiltInJdkTransportIsRegistered() {
        TransportSelector selector = new TransportSelector();
        HttpTransportProvider chosen = selector.chooseProvider(options("jdk"));
        assertThat(chosen.name()).isEqualTo("jdk");
        assertThat(chosen.priority()).isZero();
    }
}
