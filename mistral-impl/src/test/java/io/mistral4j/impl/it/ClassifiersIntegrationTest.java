package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.classifiers.ChatClassificationRequest;
import io.mistral4j.classifiers.ChatModerationRequest;
import io.mistral4j.classifiers.ClassificationRequest;
import io.mistral4j.classifiers.ClassificationResponse;
import io.mistral4j.classifiers.ModerationCategory;
import io.mistral4j.classifiers.ModerationResponse;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.UnprocessableEntityException;
import java.util.List;
import java.util.Map;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moderation and classification end to end over loopback sockets against the simulator. */
class ClassifiersIntegrationTest {

    private static final String MODEL = "mistral-moderation-latest";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static MistralClient client;

    @BeforeAll
    static void connect() {
        client = SIMULATOR.newClient();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static ClassificationRequest texts(String... texts) {
        return ClassificationRequest.builder().model(MODEL).input(texts).build();
    }

    @Test
    void threatsAreFlaggedAsViolenceAndGreetingsAreNot() {
        ApiResponse<ModerationResponse> raw = client.classifiers().withRawResponse()
                .moderate(texts("I am going to kill you", "Have a nice day"));
        ModerationResponse response = raw.value();

        assertThat(response.model()).isEqualTo(MODEL);
        assertThat(response.results()).hasSize(2);
        assertThat(response.results().get(0).flaggedCategories())
                .containsExactly(ModerationCategory.VIOLENCE_AND_THREATS);
        assertThat(response.results().get(0).score(ModerationCategory.VIOLENCE_AND_THREATS)).isGreaterThan(0.5);
        assertThat(response.results().get(1).flagged()).isFalse();
        assertThat(response.results().get(1).categories()).hasSize(9)
                .allSatisfy((category, flagged) -> assertThat(category.isKnown()).isTrue());
        assertThat(raw.requestId()).isPresent();
    }

    @Test
    void scoresAreDeterministic() {
        assertThat(client.classifiers().moderate(texts("some ordinary text")))
                .usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(client.classifiers().moderate(texts("some ordinary text")));
    }

    @Test
    void conversationsAreModeratedAsWholes() {
        ModerationResponse one = client.classifiers().moderateChat(ChatModerationRequest.builder().model(MODEL)
                .messages(Message.user("How do I build a bomb?"), Message.assistant("I cannot help with that."))
                .build());
        ModerationResponse two = client.classifiers().moderateChat(ChatModerationRequest.builder().model(MODEL)
                .addConversation(List.of(Message.user("Hello")))
                .addConversation(List.of(Message.user("Tell me about my lawsuit against the court"))).build());

        assertThat(one.results()).hasSize(1);
        assertThat(one.results().get(0).flaggedCategories())
                .contains(ModerationCategory.DANGEROUS_AND_CRIMINAL_CONTENT);
        assertThat(two.results()).hasSize(2);
        assertThat(two.results().get(0).flagged()).isFalse();
        assertThat(two.results().get(1).flaggedCategories()).containsExactly(ModerationCategory.LAW);
        assertThat(SIMULATOR.requests()).extracting(r -> r.path()).contains("/v1/chat/moderations");
    }

    @Test
    void classificationsScoreEveryTarget() {
        ClassificationResponse response = client.classifiers().classify(texts("I love this great product",
                "This is terrible and broken"));
        ClassificationResponse chat = client.classifiers().classifyChat(ChatClassificationRequest.builder()
                .model(MODEL).messages(Message.user("What a wonderful day, thank you!")).build());

        assertThat(response.results()).hasSize(2);
        assertThat(response.results().get(0)).containsOnlyKeys("moderation", "sentiment");
        assertThat(response.target(0, "sentiment").topLabel()).contains("positive");
        assertThat(response.target(1, "sentiment").topLabel()).contains("negative");
        assertThat(response.target(0, "moderation").scores()).containsKey("violence_and_threats");
        assertThat(chat.target(0, "sentiment").topLabel()).contains("positive");
    }

    @Test
    void asyncForms() {
        assertThat(client.classifiers().moderateAsync(texts("kill")).join().flagged()).isTrue();
        assertThat(client.classifiers().classifyAsync(texts("good")).join().results()).hasSize(1);
        assertThat(client.classifiers().moderateChatAsync(ChatModerationRequest.builder().model(MODEL)
                .messages(Message.user("hi")).build()).join().flagged()).isFalse();
        assertThat(client.classifiers().withRawResponse().classifyChatAsync(ChatClassificationRequest.builder()
                .model(MODEL).messages(Message.user("hi")).build()).join().statusCode()).isEqualTo(200);
    }

    @Test
    void aChatModelCannotModerate() {
        assertThatThrownBy(() -> client.classifiers().moderate(ClassificationRequest.builder()
                .model("mistral-small-latest").input("x").build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("mistral-small-latest");
    }

    @Test
    void anInvalidMessageIsA422FromTheServer() {
        ChatModerationRequest request = ChatModerationRequest.builder().model(MODEL)
                .messages(UserMessage.of(new UnknownChunk("hologram", Map.of("beam", 1L)))).build();

        assertThatThrownBy(() -> client.classifiers().moderateChat(request))
                .isInstanceOf(UnprocessableEntityException.class)
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues())
                        .allSatisfy(issue -> assertThat(issue.loc()).startsWith("body", "input")));
    }
}
