package io.mistral4j.impl.jsonl;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.mistral4j.batch.BatchResult;
import io.mistral4j.batch.BatchResults;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.impl.json.JsonCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Reads batch result lines one at a time from one or more JSONL sources (an output file, then
 * an error file), opening each source only when the previous one is exhausted. A line looks
 * like {@code {"id":..,"custom_id":..,"response":{"status_code":200,"body":{..}},"error":null}};
 * a {@code response} without {@code status_code}/{@code body} is taken as the body itself, and
 * an {@code error} may be an object or a string.
 *
 * @param <T> the answer type
 */
public final class JsonlBatchResults<T> implements BatchResults<T> {

    private final JsonCodec codec;
    private final Class<T> type;
    private final List<Supplier<InputStream>> sources;
    private int nextSource;
    private BufferedReader reader;
    private String sourceName;
    private long lineNumber;
    private boolean iterated;
    private boolean closed;

    public JsonlBatchResults(JsonCodec codec, Class<T> type, List<Supplier<InputStream>> sources) {
        this.codec = codec;
        this.type = type;
        this.sources = List.copyOf(sources);
    }

    @Override
    public Iterator<BatchResult<T>> iterator() {
        if (iterated) {
            throw new IllegalStateException("batch results can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            private BatchResult<T> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = readNext();
                }
                return next != null;
            }

            @Override
            public BatchResult<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BatchResult<T> result = next;
                next = null;
                return result;
            }
        };
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeReader();
    }

    private BatchResult<T> readNext() {
        try {
            while (!closed) {
                if (reader == null && !openNextSource()) {
                    return null;
                }
                String line = reader.readLine();
                if (line == null) {
                    closeReader();
                    continue;
                }
                lineNumber++;
                if (!line.isBlank()) {
                    return parse(line);
                }
            }
            return null;
        } catch (IOException e) {
            close();
            throw new MistralException("cannot read " + sourceName + " at line " + lineNumber + ": " + e, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private boolean openNextSource() {
        if (nextSource >= sources.size()) {
            return false;
        }
        sourceName = "batch results source " + (nextSource + 1);
        InputStream in = sources.get(nextSource++).get();
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        lineNumber = 0;
        return true;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the source was read; a failure to release it changes nothing for the caller
            }
            reader = null;
        }
    }

    private BatchResult<T> parse(String line) {
        JsonObject object;
        try {
            JsonElement element = JsonParser.parseString(line);
            if (!element.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            object = element.getAsJsonObject();
            String id = string(object, "id");
            String customId = string(object, "custom_id");
            Integer status = null;
            JsonElement body = null;
            JsonElement response = object.get("response");
            if (response != null && response.isJsonObject()) {
                JsonObject r = response.getAsJsonObject();
                if (r.has("status_code") || r.has("body")) {
                    JsonElement code = r.get("status_code");
                    status = code != null && code.isJsonPrimitive() ? code.getAsInt() : null;
                    body = r.get("body");
                } else {
                    body = r;
                }
            }
            BatchResult.Error error = error(object.get("error"));
            boolean hasBody = body != null && body.isJsonObject();
            T decoded = hasBody && error == null && (status == null || status < 300)
                    ? codec.fromJson(codec.toJson(body), type) : null;
            if (error == null && decoded == null && hasBody) {
                error = new BatchResult.Error(errorMessage(body), null);
            }
            return new BatchResult<>(id, customId, status, decoded, hasBody ? codec.toJson(body) : null, error);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new MistralDecodingException("cannot read line " + lineNumber + " of " + sourceName
                    + " as a batch result: " + e.getMessage(), 200, null, e);
        }
    }

    private static BatchResult.Error error(JsonElement error) {
        if (error == null || error.isJsonNull()) {
            return null;
        }
        if (error.isJsonPrimitive()) {
            return new BatchResult.Error(error.getAsString(), null);
        }
        if (error.isJsonObject()) {
            JsonObject e = error.getAsJsonObject();
            String message = string(e, "message");
            return new BatchResult.Error(message != null ? message : e.toString(), string(e, "code"));
        }
        return new BatchResult.Error(error.toString(), null);
    }

    /** The message of an error body ({@code message}, or the 422 {@code detail}), or the body itself. */
    private static String errorMessage(JsonElement body) {
        JsonObject object = body.getAsJsonObject();
        String message = string(object, "message");
        if (message != null) {
            return message;
        }
        JsonElement detail = object.get("detail");
        return detail != null ? detail.toString() : object.toString();
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
