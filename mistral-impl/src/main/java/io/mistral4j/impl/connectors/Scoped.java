package io.mistral4j.impl.connectors;

import io.mistral4j.connectors.ConsumerScope;

/** The input of an operation on a connector at one level: the connector, the level, and one more value. */
record Scoped<A>(String connector, ConsumerScope scope, A arg) {
}
