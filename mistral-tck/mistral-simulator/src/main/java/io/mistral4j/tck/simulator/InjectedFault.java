package io.mistral4j.tck.simulator;

/**
 * A fault the simulator played, for assertions.
 *
 * @param route      the route key, e.g. {@code POST /v1/chat/completions}
 * @param callNumber the route's call number it was played on, from 1
 * @param fault      what was played
 * @param request    the request it answered
 */
public record InjectedFault(String route, int callNumber, Fault fault, RecordedRequest request) {
}
