package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.text.Tokenizer;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.mistral4j.tck.simulator.ChatBodies.chat;
import static org.assertj.core.api.Assertions.assertThat;

class ReasoningModelTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    @Test
    void contentIsAThinkingChunkThenATextChunk() {
        JsonObject body = TestHttp.chat(SIMULATOR.simulator(), chat("magistral-medium-latest", "Is 17 prime?")).json();

        JsonObject message = body.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message");
        JsonArray content = message.getAsJsonArray("content");
        assertThat(content.size()).isEqualTo(2);

        JsonObject thinking = content.get(0).getAsJsonObject();
        assertThat(thinking.get("type").getAsString()).isEqualTo("thinking");
        JsonArray inner = thinking.getAsJsonArray("thinking");
        assertThat(inner.size()).isEqualTo(1);
        assertThat(inner.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("text");
        String trace = inner.get(0).getAsJsonObject().get("text").getAsString();
        assertThat(trace).contains("Is 17 prime?");

        JsonObject text = content.get(1).getAsJsonObject();
        assertThat(text.get("type").getAsString()).isEqualTo("text");
        String answer = text.get("text").getAsString();
        assertThat(answer).startsWith("Simulated answer to: Is 17 prime?");

        assertThat(body.getAsJsonObject("usage").get("completion_tokens").getAsInt())
                .isEqualTo(Tokenizer.count(trace) + Tokenizer.count(answer));
    }

    @Test
    void reasoningEffortNoneGivesPlainText() {
        JsonObject request = chat("magistral-medium-latest", "Is 17 prime?");
        request.addProperty("reasoning_effort", "none");

        JsonObject message = TestHttp.chat(SIMULATOR.simulator(), request).json().getAsJsonArray("choices").get(0).getAsJsonObject()
                .getAsJsonObject("message");

        assertThat(message.get("content").isJsonPrimitive()).isTrue();
    }

    @Test
    void otherModelsAnswerWithAString() {
        JsonObject message = TestHttp.chat(SIMULATOR.simulator(), chat("mistral-large-latest", "Is 17 prime?")).json()
                .getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message");

        assertThat(message.get("content").isJsonPrimitive()).isTrue();
    }
}
