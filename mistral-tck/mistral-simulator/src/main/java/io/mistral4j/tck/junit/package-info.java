/**
 * {@link io.mistral4j.tck.junit.MistralSimulatorExtension}: a simulator per JUnit 5 test class.
 */
package io.mistral4j.tck.junit;
