package io.mistral4j.finetuning;

import io.mistral4j.chat.Message;
import io.mistral4j.chat.Tool;
import java.util.List;
import java.util.Map;

/**
 * Writes fine-tuning training data as JSONL, one sample per line, in the format the API
 * expects: conversations ({@code {"messages":[...],"tools":[...]}}) for completion jobs, and
 * texts with labels ({@code {"text":"...","labels":{...}}}) for classifier jobs. Obtained from
 * {@link FineTuningService#trainingDataWriter(java.io.OutputStream)}; closing it closes the
 * target. Not thread-safe.
 */
public interface TrainingDataWriter extends AutoCloseable {

    /** Writes one conversation; the last message is usually the assistant's answer to learn. */
    TrainingDataWriter writeConversation(List<? extends Message> messages);

    /** Writes one conversation whose assistant messages call these tools. */
    TrainingDataWriter writeConversation(List<? extends Message> messages, List<Tool> tools);

    /** Writes one classifier sample: a text and its label per target ({@code {"sentiment": "positive"}}). */
    TrainingDataWriter writeClassification(String text, Map<String, ?> labels);

    /** Lines written so far. */
    long count();

    /** Flushes and closes the target. */
    @Override
    void close();
}
