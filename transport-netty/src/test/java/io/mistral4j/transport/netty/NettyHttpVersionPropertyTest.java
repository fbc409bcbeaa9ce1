package io.mistral4j.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.errors.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code -Dmistral4j.netty.httpVersion} chooses the HTTP versions of the transport the provider makes. */
class NettyHttpVersionPropertyTest {

    @AfterEach
    void unset() {
        System.clearProperty(HttpVersionPolicy.PROPERTY);
    }

    @Test
    void unsetMeansNegotiate() {
        assertThat(NettyTransportProvider.httpVersion()).isEqualTo(HttpVersionPolicy.NEGOTIATE);
    }

    @Test
    void aPolicyIsNamedInAnyCase() {
        System.setProperty(HttpVersionPolicy.PROPERTY, " http_2_prior_knowledge ");
        assertThat(NettyTransportProvider.httpVersion()).isEqualTo(HttpVersionPolicy.HTTP_2_PRIOR_KNOWLEDGE);
    }

    @Test
    void anUnknownNameIsAValidationErrorNamingTheProperty() {
        System.setProperty(HttpVersionPolicy.PROPERTY, "h3");
        assertThatThrownBy(NettyTransportProvider::httpVersion)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(HttpVersionPolicy.PROPERTY))
                .hasMessageContaining("NEGOTIATE");
    }
}
