package io.mistral4j.impl.jsonl;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.mistral4j.batch.BatchRequestWriter;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.json.JsonCodec;
import java.io.OutputStream;

/** Batch input lines: {@code {"custom_id": "...", "body": {...}}}. */
public final class DefaultBatchRequestWriter extends JsonlWriter implements BatchRequestWriter {

    public DefaultBatchRequestWriter(JsonCodec codec, OutputStream out, String target) {
        super(codec, out, target);
    }

    @Override
    public BatchRequestWriter write(String customId, ChatCompletionRequest request) {
        if (request == null) {
            throw new ValidationException("request", "must not be null");
        }
        return write(customId, (Object) request);
    }

    @Override
    public BatchRequestWriter write(String customId, Object body) {
        if (customId == null || customId.isBlank()) {
            throw new ValidationException("customId", "is required to find the result of line " + (count() + 1));
        }
        if (body == null) {
            throw new ValidationException("body", "must not be null");
        }
        JsonElement tree = tree(body);
        if (!tree.isJsonObject()) {
            throw new ValidationException("body", "must be a JSON object, was " + tree);
        }
        JsonObject line = new JsonObject();
        line.addProperty("custom_id", customId);
        line.add("body", tree);
        writeLine(line);
        return this;
    }
}
