/**
 * The Mistral API simulator: {@link io.mistral4j.tck.simulator.MistralSimulator}, its recorded
 * requests, scripted {@link io.mistral4j.tck.simulator.Fault faults} and
 * {@link io.mistral4j.tck.simulator.SimulatedClock clock}, and, beside these public types, the
 * dispatcher that records requests and plays faults as them. Its sub-packages are internal and
 * never use this package: routes per API domain, state, text and wire handling.
 */
package io.mistral4j.tck.simulator;
