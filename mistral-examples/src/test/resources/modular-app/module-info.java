/** What a modular application declares to use Mistral4J: the API, nothing else. */
module app {
    requires io.mistral4j.api;

    uses io.mistral4j.spi.CallObserver;
    uses io.mistral4j.spi.RequestHeaderPropagator;
}
