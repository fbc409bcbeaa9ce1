package io.mistral4j.it.misbehaving;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionStream;
import java.util.List;

/** The calls of the memory cases, made in a JVM with a small heap by {@link SmallHeapCall}. */
enum MemoryCase {

    /** A buffered answer that never ends. */
    LIST_MODELS {
        @Override
        Object call(MistralClient client, List<String> events) {
            return client.models().list();
        }
    },
    /** A stream read to its end; each event's text is noted as it arrives. */
    STREAM_CHAT {
        @Override
        Object call(MistralClient client, List<String> events) {
            try (ChatCompletionStream stream = client.chat().stream(ClientFixture.chatRequest())) {
                while (stream.hasNext()) {
                    events.add(stream.next().text());
                }
            }
            return events.size();
        }
    };

    abstract Object call(MistralClient client, List<String> events);
}
