/**
 * An HTTP transport on Netty 4.2, found through {@link java.util.ServiceLoader} under the name
 * {@code netty}, or built with {@code NettyTransport.builder()}.
 */
package io.mistral4j.transport.netty;
