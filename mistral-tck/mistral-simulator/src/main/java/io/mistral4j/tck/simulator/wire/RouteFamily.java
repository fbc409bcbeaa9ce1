package io.mistral4j.tck.simulator.wire;

/** A group of related routes (models, chat, files, ...) that installs itself on the router. */
public interface RouteFamily {
    void register(Router router);
}
