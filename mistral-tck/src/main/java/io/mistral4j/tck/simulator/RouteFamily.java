package io.mistral4j.tck.simulator;

/** A group of related routes (models, chat, files, ...) that installs itself on the router. */
interface RouteFamily {
    void register(Router router);
}
