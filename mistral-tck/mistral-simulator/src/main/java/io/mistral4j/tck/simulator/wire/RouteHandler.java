package io.mistral4j.tck.simulator.wire;

/** Answers one matched route. Handlers never write to the socket; they return a {@link Reply}. */
@FunctionalInterface
public interface RouteHandler {
    Reply handle(ApiRequest request);
}
