/**
 * The Mistral API simulator: {@link io.mistral4j.tck.simulator.MistralSimulator}, its recorded
 * requests, scripted {@link io.mistral4j.tck.simulator.Fault faults} and
 * {@link io.mistral4j.tck.simulator.SimulatedClock clock}. Its sub-packages are internal: routes per
 * API domain, state, faults, text and wire handling.
 */
package io.mistral4j.tck.simulator;
