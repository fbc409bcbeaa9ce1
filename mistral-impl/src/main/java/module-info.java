/**
 * Mistral4J's implementation of the API, found through {@link java.util.ServiceLoader}; it
 * exports nothing. Open, because Gson reads and writes its internal types reflectively.
 */
open module io.mistral4j.impl {
    requires io.mistral4j.api;
    requires java.net.http;
    requires com.google.gson;
    requires org.slf4j;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.retry;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.bucket4j.core;
    requires ch.randelshofer.fastdoubleparser;

    uses io.mistral4j.spi.BudgetStoreProvider;
    uses io.mistral4j.spi.CallObserver;
    uses io.mistral4j.spi.RequestHeaderPropagator;
    uses io.mistral4j.spi.HttpTransportProvider;

    provides io.mistral4j.spi.MistralClientFactory with io.mistral4j.impl.DefaultMistralClientFactory;
    provides io.mistral4j.spi.JsonValueCodec with io.mistral4j.impl.json.values.UserValueCodec;
    provides io.mistral4j.spi.HttpTransportProvider with io.mistral4j.impl.transport.jdk.JdkHttpTransportProvider;
}
