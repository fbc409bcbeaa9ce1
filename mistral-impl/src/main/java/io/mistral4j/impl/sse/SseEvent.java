package io.mistral4j.impl.sse;

/**
 * One dispatched Server-Sent Event.
 *
 * @param event the {@code event:} name, or {@code message} when none was given
 * @param data  the {@code data:} lines joined with {@code \n}
 * @param id    the last event id seen, or null
 * @param retry the reconnection time the server asked for in milliseconds, or null
 */
public record SseEvent(String event, String data, String id, Long retry) {
}
