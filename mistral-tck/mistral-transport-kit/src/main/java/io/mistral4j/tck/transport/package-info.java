/**
 * The transport verification kit: extend
 * {@link io.mistral4j.tck.transport.HttpTransportVerification} in a test to certify an
 * {@link io.mistral4j.spi.HttpTransport}.
 */
package io.mistral4j.tck.transport;
