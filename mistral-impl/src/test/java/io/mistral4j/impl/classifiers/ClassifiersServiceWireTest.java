package io.mistral4j.impl.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.Message;
import io.mistral4j.classifiers.ChatClassificationRequest;
import io.mistral4j.classifiers.ChatModerationRequest;
import io.mistral4j.classifiers.ClassificationRequest;
import io.mistral4j.classifiers.ClassificationResponse;
import io.mistral4j.classifiers.ModerationCategory;
import io.mistral4j.classifiers.ModerationResponse;
import io.mistral4j.classifiers.ModerationResult;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.spi.TransportRequest;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the classifier service puts on the wire for its four operations and how it reads their answers. */
class ClassifiersServiceWireTest {

    /** A ModerationResponse per the spec, with a category and fields this version does not know. */
    private static final String MODERATION = "{\"id\":\"4d71ae510af942108ef7344f903e2b88\","
            + "\"model\":\"mistral-moderation-latest\",\"usage\":{\"prompt_tokens\":3},\"results\":["
            + "{\"categories\":{\"sexual\":false,\"violence_and_threats\":true,\"jailbreaking\":false},"
            + "\"category_scores\":{\"sexual\":0.0011,\"violence_and_threats\":0.93,\"jailbreaking\":0.02},"
            + "\"flagged_by\":\"x\"}]}";
    /** A ClassificationResponse per the spec: per input, per target, the label scores. */
    private static final String CLASSIFICATION = "{\"id\":\"c-1\",\"model\":\"ft:classifier:abc\",\"results\":["
            + "{\"sentiment\":{\"scores\":{\"positive\":0.8,\"negative\":0.1,\"neutral\":0.1}},"
            + "\"topic\":{\"scores\":{\"sport\":0.3,\"food\":0.7},\"extra\":true}}]}";

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-classify-wire-42")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void moderatePostsTextsAndReadsCategories() {
        transport.answer(200, MODERATION);

        ModerationResponse response = client.classifiers().moderate(ClassificationRequest.builder()
                .model("mistral-moderation-latest").input("I will hurt you", "hello").build());

        assertSent("/v1/moderations",
                "{\"model\":\"mistral-moderation-latest\",\"input\":[\"I will hurt you\",\"hello\"]}");
        ModerationResult result = response.results().get(0);
        assertThat(response.flagged()).isTrue();
        assertThat(result.flaggedCategories()).containsExactly(ModerationCategory.VIOLENCE_AND_THREATS);
        assertThat(result.score(ModerationCategory.VIOLENCE_AND_THREATS)).isEqualTo(0.93);
        ModerationCategory unknown = ModerationCategory.of("jailbreaking");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(result.categoryScores()).containsEntry(unknown, 0.02);
        assertThat(observer.events()).containsExactly("start moderations mistral-moderation-latest",
                "end moderations");
    }

    @Test
    void oneConversationIsSentAsAMessageArray() {
        transport.answer(200, MODERATION);

        client.classifiers().moderateChat(ChatModerationRequest.builder().model("mistral-moderation-latest")
                .messages(Message.user("hi"), Message.assistant("hello")).build());

        assertSent("/v1/chat/moderations", "{\"model\":\"mistral-moderation-latest\",\"input\":["
                + "{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}");
        assertThat(observer.events()).contains("start chat.moderations mistral-moderation-latest");
    }

    @Test
    void severalConversationsAreSentAsAnArrayOfArrays() {
        transport.answer(200, MODERATION);

        client.classifiers().moderateChat(ChatModerationRequest.builder().model("m")
                .addConversation(List.of(Message.user("a")))
                .addConversation(List.of(Message.user("b"))).build());

        assertSent("/v1/chat/moderations", "{\"model\":\"m\",\"input\":[[{\"role\":\"user\",\"content\":\"a\"}],"
                + "[{\"role\":\"user\",\"content\":\"b\"}]]}");
    }

    @Test
    void classifyReadsScoresPerTarget() {
        transport.answer(200, CLASSIFICATION);

        ClassificationResponse response = client.classifiers().classify(ClassificationRequest.builder()
                .model("ft:classifier:abc").input("Great match!").build());

        assertSent("/v1/classifications", "{\"model\":\"ft:classifier:abc\",\"input\":[\"Great match!\"]}");
        assertThat(response.results()).hasSize(1);
        assertThat(response.target(0, "sentiment").scores()).containsEntry("positive", 0.8);
        assertThat(response.target(0, "topic").topLabel()).contains("food");
        assertThat(observer.events()).contains("start classifications ft:classifier:abc");
    }

    @Test
    void chatClassificationWrapsEachConversationInMessages() {
        transport.answer(200, CLASSIFICATION);
        transport.answer(200, CLASSIFICATION);

        client.classifiers().classifyChat(ChatClassificationRequest.builder().model("m")
                .messages(Message.user("a")).build());
        client.classifiers().classifyChat(ChatClassificationRequest.builder().model("m")
                .addConversation(List.of(Message.user("a")))
                .addConversation(List.of(Message.system("s"), Message.user("b"))).build());

        assertSent("/v1/chat/classifications",
                "{\"model\":\"m\",\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"a\"}]}}");
        TransportRequest second = transport.requests().get(1);
        assertThat(second.uri().getPath()).isEqualTo("/v1/chat/classifications");
        assertThat(JsonParser.parseString(transport.body(1))).isEqualTo(JsonParser.parseString(
                "{\"model\":\"m\",\"input\":[{\"messages\":[{\"role\":\"user\",\"content\":\"a\"}]},"
                        + "{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"user\",\"content\":\"b\"}]}]}"));
        assertThat(observer.events()).contains("start chat.classifications m");
    }

    @Test
    void everyOperationHasRawAndAsyncForms() {
        ClassificationRequest texts = ClassificationRequest.builder().model("m").input("x").build();
        ChatModerationRequest chatModeration = ChatModerationRequest.builder().model("m")
                .messages(Message.user("x")).build();
        ChatClassificationRequest chatClassification = ChatClassificationRequest.builder().model("m")
                .messages(Message.user("x")).build();
        for (int i = 0; i < 6; i++) {
            transport.answer(200, MODERATION, "mistral-correlation-id", "req-m" + i);
            transport.answer(200, CLASSIFICATION, "mistral-correlation-id", "req-c" + i);
        }
        var raw = client.classifiers().withRawResponse();
        var service = client.classifiers();

        ApiResponse<ModerationResponse> moderation = raw.moderate(texts);
        ApiResponse<ClassificationResponse> classification = raw.classify(texts);
        assertThat(moderation.requestId()).contains("req-m0");
        assertThat(moderation.rawBody()).isEqualTo(MODERATION);
        assertThat(classification.requestId()).contains("req-c0");
        assertThat(raw.moderateChat(chatModeration).value().flagged()).isTrue();
        assertThat(raw.classifyChat(chatClassification).value().model()).isEqualTo("ft:classifier:abc");
        assertThat(raw.moderateAsync(texts).join().requestId()).contains("req-m2");
        assertThat(raw.classifyAsync(texts).join().requestId()).contains("req-c2");
        assertThat(raw.moderateChatAsync(chatModeration).join().value().flagged()).isTrue();
        assertThat(raw.classifyChatAsync(chatClassification).join().value().results()).hasSize(1);
        assertThat(service.moderateAsync(texts).join().flagged()).isTrue();
        assertThat(service.classifyAsync(texts).join().results()).hasSize(1);
        assertThat(service.moderateChatAsync(chatModeration).join().flagged()).isTrue();
        assertThat(service.classifyChatAsync(chatClassification).join().results()).hasSize(1);
        assertThat(transport.requests()).extracting(r -> r.uri().getPath()).containsExactly(
                "/v1/moderations", "/v1/classifications", "/v1/chat/moderations", "/v1/chat/classifications",
                "/v1/moderations", "/v1/classifications", "/v1/chat/moderations", "/v1/chat/classifications",
                "/v1/moderations", "/v1/classifications", "/v1/chat/moderations", "/v1/chat/classifications");
    }

    @Test
    void asyncErrorsAreTyped() {
        transport.answer(404, "{\"detail\":\"Not Found\"}");
        assertThatThrownBy(() -> client.classifiers().classifyChatAsync(ChatClassificationRequest.builder()
                .model("m").messages(Message.user("x")).build()).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void nullRequestsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> client.classifiers().moderate(null)).hasMessageContaining("request");
        assertThatThrownBy(() -> client.classifiers().classifyChatAsync(null).join())
                .hasMessageContaining("request");
        assertThat(transport.requests()).isEmpty();
    }

    private void assertSent(String path, String json) {
        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test" + path);
        assertThat(sent.headers().first("Content-Type")).contains("application/json");
        assertThat(sent.headers().first("Authorization")).contains("Bearer sk-classify-wire-42");
        JsonElement body = JsonParser.parseString(transport.body(0));
        assertThat(body).isEqualTo(JsonParser.parseString(json));
    }
}
