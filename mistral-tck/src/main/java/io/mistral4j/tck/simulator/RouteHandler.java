package io.mistral4j.tck.simulator;

/** Answers one matched route. Handlers never write to the socket; they return a {@link Reply}. */
@FunctionalInterface
interface RouteHandler {
    Reply handle(ApiRequest request);
}
