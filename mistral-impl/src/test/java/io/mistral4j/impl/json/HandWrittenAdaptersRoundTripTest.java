package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParseException;
import io.mistral4j.chat.Message;
import io.mistral4j.classifiers.ChatClassificationRequest;
import io.mistral4j.classifiers.ChatModerationRequest;
import io.mistral4j.embeddings.Embedding;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.ocr.OcrDocument;
import io.mistral4j.ocr.OcrRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written adapters write what they read, so stored requests (batch files, logs) parse back. */
class HandWrittenAdaptersRoundTripTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void chatModerationRequestsOfOneAndManyConversations() {
        ChatModerationRequest one = ChatModerationRequest.builder().model("m")
                .messages(Message.system("s"), Message.user("u")).build();
        ChatModerationRequest two = ChatModerationRequest.builder().model("m")
                .addConversation(List.of(Message.user("a")))
                .addConversation(List.of(Message.user("b"), Message.assistant("c"))).build();

        assertThat(codec.fromJson(codec.toJson(one), ChatModerationRequest.class)).isEqualTo(one);
        assertThat(codec.fromJson(codec.toJson(two), ChatModerationRequest.class)).isEqualTo(two);
    }

    @Test
    void chatClassificationRequestsOfOneAndManyConversations() {
        ChatClassificationRequest one = ChatClassificationRequest.builder().model("m")
                .messages(Message.user("u")).build();
        ChatClassificationRequest two = ChatClassificationRequest.builder().model("m")
                .addConversation(List.of(Message.user("a")))
                .addConversation(List.of(Message.user("b"))).build();

        assertThat(codec.fromJson(codec.toJson(one), ChatClassificationRequest.class)).isEqualTo(one);
        assertThat(codec.fromJson(codec.toJson(two), ChatClassificationRequest.class)).isEqualTo(two);
        assertThatThrownBy(() -> codec.fromJson("{\"model\":\"m\",\"input\":{\"msgs\":[]}}",
                ChatClassificationRequest.class)).isInstanceOf(JsonParseException.class);
    }

    @Test
    void ocrRequestsWithEachKindOfDocument() {
        for (OcrDocument document : List.of(OcrDocument.url("https://example.com/a.pdf", "a.pdf"),
                OcrDocument.image("https://example.com/a.png"), OcrDocument.fileId("f-1"))) {
            OcrRequest request = OcrRequest.builder().model("mistral-ocr-latest").document(document).pages(0, 1)
                    .build();
            assertThat(codec.fromJson(codec.toJson(request), OcrRequest.class)).isEqualTo(request);
        }
        assertThatThrownBy(() -> codec.fromJson("{\"model\":\"m\",\"document\":{\"type\":\"text\",\"text\":\"x\"}}",
                OcrRequest.class)).isInstanceOf(JsonParseException.class).hasMessageContaining("document");
    }

    @Test
    void embeddingsWriteAsNumberArrays() {
        EmbeddingResponse response = new EmbeddingResponse("id", "list", "mistral-embed", null,
                List.of(new Embedding("embedding", new float[] {0.1f, -2.5f, 1e-7f}, 0)));

        String json = codec.toJson(response);

        assertThat(json).contains("\"embedding\":[0.1,-2.5,1.0E-7]");
        assertThat(codec.fromJson(json, EmbeddingResponse.class)).isEqualTo(response);
    }
}
