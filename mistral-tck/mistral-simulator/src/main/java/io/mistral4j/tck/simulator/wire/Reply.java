package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * What a handler answers. Replies are plain values, computed before anything is written, so a
 * later layer (fault injection, recording) can inspect or replace them; {@link ReplyWriter} is
 * the only place that turns them into bytes.
 */
public sealed interface Reply permits Reply.Json, Reply.EventStream, Reply.Binary {

    /** Tokens this call consumed, reported in {@code x-ratelimit-tokens-query-cost}. */
    long tokenCost();

    /** A JSON document with a status code and optional extra headers. */
    record Json(int status, JsonElement body, Map<String, String> headers, long tokenCost) implements Reply {
        public Json {
            headers = Map.copyOf(headers);
        }

        public static Json ok(JsonElement body) {
            return new Json(200, body, Map.of(), 0);
        }

        public static Json ok(JsonElement body, long tokenCost) {
            return new Json(200, body, Map.of(), tokenCost);
        }

        /** 204: no body at all. */
        public static Json noContent() {
            return new Json(204, null, Map.of(), 0);
        }
    }

    /**
     * A server-sent event stream: each element becomes one {@code data:} event, then {@code [DONE]};
     * or, when {@code named}, one event named by the element's {@code type} and no {@code [DONE]}
     * (how audio transcriptions stream).
     */
    record EventStream(List<JsonObject> events, long tokenCost, boolean named) implements Reply {
        public EventStream {
            events = List.copyOf(events);
        }

        /** A stream of {@code data:} events ended by {@code [DONE]}. */
        public EventStream(List<JsonObject> events, long tokenCost) {
            this(events, tokenCost, false);
        }
    }

    /** Opens the content of a {@link Binary} reply, once per write. */
    @FunctionalInterface
    interface Content {
        java.io.InputStream open() throws java.io.IOException;
    }

    /**
     * A body of bytes streamed from {@code content} (a stored file): {@code length} bytes of
     * {@code contentType}, with extra headers such as {@code Content-Disposition}.
     */
    record Binary(int status, String contentType, long length, Map<String, String> headers, Content content)
            implements Reply {
        public Binary {
            headers = Map.copyOf(headers);
        }

        @Override
        public long tokenCost() {
            return 0;
        }
    }
}
