/**
 * An HTTP transport on Apache HttpClient 5 (HTTP/1.1 and HTTP/2, proxies, Unix domain sockets),
 * found through {@link java.util.ServiceLoader} under the name {@code httpclient5}, or built with
 * {@code HttpClient5Transport.builder()}.
 */
package io.mistral4j.transport.httpclient5;
