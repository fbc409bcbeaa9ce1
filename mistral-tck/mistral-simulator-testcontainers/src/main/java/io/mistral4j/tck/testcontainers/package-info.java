/**
 * {@link io.mistral4j.tck.testcontainers.MistralSimulatorContainer}: the simulator in a container,
 * for Testcontainers.
 */
package io.mistral4j.tck.testcontainers;
