/**
 * {@link io.mistral4j.streaming.EventStream}: a streamed answer read event by event as the server
 * sends it; close it to release its connection.
 */
package io.mistral4j.streaming;
