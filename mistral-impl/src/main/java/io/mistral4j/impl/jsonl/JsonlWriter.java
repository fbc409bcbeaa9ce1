package io.mistral4j.impl.jsonl;

import com.google.gson.JsonElement;
import io.mistral4j.errors.MistralException;
import io.mistral4j.impl.json.JsonCodec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes JSON documents one per line (UTF-8, {@code \n}); the base of the JSONL helpers. */
class JsonlWriter implements AutoCloseable {

    private final JsonCodec codec;
    private final Writer out;
    private final String target;
    private long count;
    private boolean closed;

    JsonlWriter(JsonCodec codec, OutputStream out, String target) {
        this.codec = codec;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.target = target;
    }

    static OutputStream open(Path path) {
        try {
            return Files.newOutputStream(path);
        } catch (IOException e) {
            throw new MistralException("cannot write " + path + ": " + e, e);
        }
    }

    JsonCodec codec() {
        return codec;
    }

    /** Any value the codec can serialise, as a JSON tree. */
    JsonElement tree(Object value) {
        return codec.gson().toJsonTree(value);
    }

    void writeLine(JsonElement line) {
        if (closed) {
            throw new IllegalStateException("the writer of " + target + " is closed");
        }
        try {
            codec.gson().toJson(line, out);
            out.write('\n');
            count++;
        } catch (IOException | com.google.gson.JsonIOException e) {
            throw new MistralException("cannot write line " + (count + 1) + " of " + target + ": " + e, e);
        }
    }

    public long count() {
        return count;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new MistralException("cannot finish writing " + target + ": " + e, e);
        }
    }
}
