/**
 * Mistral4J's API: the client, one package per API domain, errors, streaming types and the
 * service-provider ports. Depends on the JDK only.
 */
module io.mistral4j.api {
    exports io.mistral4j;
    exports io.mistral4j.batch;
    exports io.mistral4j.agents;
    exports io.mistral4j.audio;
    exports io.mistral4j.conversations;
    exports io.mistral4j.chat;
    exports io.mistral4j.classifiers;
    exports io.mistral4j.embeddings;
    exports io.mistral4j.errors;
    exports io.mistral4j.files;
    exports io.mistral4j.libraries;
    exports io.mistral4j.connectors;
    exports io.mistral4j.finetuning;
    exports io.mistral4j.models;
    exports io.mistral4j.fim;
    exports io.mistral4j.ocr;
    exports io.mistral4j.pagination;
    exports io.mistral4j.resilience;
    exports io.mistral4j.schema;
    exports io.mistral4j.tools;
    exports io.mistral4j.spi;
    exports io.mistral4j.streaming;

    // Records are read and created reflectively by JSON codecs, which live in other modules.
    opens io.mistral4j.batch;
    opens io.mistral4j.agents;
    opens io.mistral4j.audio;
    opens io.mistral4j.chat;
    opens io.mistral4j.conversations;
    opens io.mistral4j.classifiers;
    opens io.mistral4j.embeddings;
    opens io.mistral4j.errors;
    opens io.mistral4j.files;
    opens io.mistral4j.libraries;
    opens io.mistral4j.connectors;
    opens io.mistral4j.finetuning;
    opens io.mistral4j.models;
    opens io.mistral4j.fim;
    opens io.mistral4j.ocr;

    uses io.mistral4j.spi.MistralClientFactory;
    uses io.mistral4j.spi.JsonValueCodec;
}
