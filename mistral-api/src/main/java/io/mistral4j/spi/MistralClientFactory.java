package io.mistral4j.spi;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;

/**
 * How {@link MistralClient#builder()} finds the implementation: the module that implements the
 * client registers one factory with {@link java.util.ServiceLoader}.
 */
public interface MistralClientFactory {

    /** Higher wins when several implementations are on the class path. */
    default int priority() {
        return 0;
    }

    /** A client configured with {@code options}, which the builder has already validated. */
    MistralClient create(ClientOptions options);
}
