package io.mistral4j.impl.jsonl;

import com.google.gson.JsonObject;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.Tool;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.finetuning.TrainingDataWriter;
import io.mistral4j.impl.json.JsonCodec;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Training lines: conversations ({@code messages}, {@code tools}) and classifier samples ({@code text}, {@code labels}). */
public final class DefaultTrainingDataWriter extends JsonlWriter implements TrainingDataWriter {

    public DefaultTrainingDataWriter(JsonCodec codec, OutputStream out, String target) {
        super(codec, out, target);
    }

    @Override
    public TrainingDataWriter writeConversation(List<? extends Message> messages) {
        return writeConversation(messages, null);
    }

    @Override
    public TrainingDataWriter writeConversation(List<? extends Message> messages, List<Tool> tools) {
        if (messages == null || messages.isEmpty()) {
            throw new ValidationException("messages", "a conversation needs at least one message");
        }
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) == null) {
                throw new ValidationException("messages[" + i + "]", "must not be null");
            }
        }
        JsonObject line = new JsonObject();
        line.add("messages", codec().gson().toJsonTree(messages, MESSAGES));
        if (tools != null && !tools.isEmpty()) {
            line.add("tools", tree(tools));
        }
        writeLine(line);
        return this;
    }

    @Override
    public TrainingDataWriter writeClassification(String text, Map<String, ?> labels) {
        if (text == null || text.isEmpty()) {
            throw new ValidationException("text", "is required");
        }
        if (labels == null || labels.isEmpty()) {
            throw new ValidationException("labels", "at least one target's label is required");
        }
        JsonObject line = new JsonObject();
        line.addProperty("text", text);
        line.add("labels", tree(labels));
        writeLine(line);
        return this;
    }

    /** Messages are written through their sealed type, so each carries its {@code role}. */
    private static final java.lang.reflect.Type MESSAGES =
            new com.google.gson.reflect.TypeToken<List<Message>>() { }.getType();
}
