package io.mistral4j.it.misbehaving;

import java.io.IOException;

/** How the server answers one request; {@link Behaviours} has the scripted ones. */
@FunctionalInterface
interface Behaviour {

    /**
     * Answers the request of {@code exchange}. Returns whether the connection may carry another
     * request (a complete, framed answer), false to close it.
     */
    boolean respond(Exchange exchange) throws IOException, InterruptedException;
}
