package io.mistral4j.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.chat.Message;
import io.mistral4j.errors.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierRequestsTest {

    @Test
    void classificationRequestNeedsModelAndInput() {
        assertThat(ClassificationRequest.builder().model("m").input("a", "b").build().input()).containsExactly("a", "b");
        assertThatThrownBy(() -> ClassificationRequest.builder().input("a").build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("model"));
        assertThatThrownBy(() -> ClassificationRequest.builder().model("m").build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input"));
        assertThatThrownBy(() -> ClassificationRequest.builder().model("m").input(Arrays.asList("a", null)).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input[1]"));
    }

    @Test
    void chatModerationTakesOneOrManyConversations() {
        ChatModerationRequest one = ChatModerationRequest.builder().model("m")
                .messages(Message.user("hi"), Message.assistant("hello")).build();
        ChatModerationRequest two = ChatModerationRequest.builder().model("m")
                .addConversation(List.of(Message.user("a")))
                .addConversation(List.of(Message.user("b")))
                .build();

        assertThat(one.input()).hasSize(1);
        assertThat(one.input().get(0)).hasSize(2);
        assertThat(two.input()).hasSize(2);
    }

    @Test
    void messagesReplacesEarlierConversations() {
        ChatClassificationRequest request = ChatClassificationRequest.builder().model("m")
                .addConversation(List.of(Message.user("old")))
                .messages(List.of(Message.user("new")))
                .build();
        assertThat(request.input()).containsExactly(List.of(Message.user("new")));
    }

    @Test
    void emptyConversationsAreRefusedNamingThePlace() {
        assertThatThrownBy(() -> ChatModerationRequest.builder().model("m").build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input"));
        assertThatThrownBy(() -> ChatModerationRequest.builder().model("m").addConversation(List.of()).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input[0]"));
        assertThatThrownBy(() -> ChatClassificationRequest.builder().model("m")
                .addConversation(List.of(Message.user("a")))
                .addConversation(Arrays.asList(Message.user("b"), null)).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("input[1][1]"));
        assertThatThrownBy(() -> ChatClassificationRequest.builder().messages(Message.user("a")).build())
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("model"));
    }

    @Test
    void moderationResultHelpers() {
        ModerationResult result = new ModerationResult(
                Map.of(ModerationCategory.VIOLENCE_AND_THREATS, true, ModerationCategory.SEXUAL, false),
                Map.of(ModerationCategory.VIOLENCE_AND_THREATS, 0.91, ModerationCategory.SEXUAL, 0.01));

        assertThat(result.flagged()).isTrue();
        assertThat(result.flaggedCategories()).containsExactly(ModerationCategory.VIOLENCE_AND_THREATS);
        assertThat(result.score(ModerationCategory.VIOLENCE_AND_THREATS)).isEqualTo(0.91);
        assertThat(result.score(ModerationCategory.PII)).isZero();
        assertThat(new ModerationResponse("id", "m", List.of(result)).flagged()).isTrue();
        assertThat(new ModerationResult(Map.of(ModerationCategory.LAW, false), null).flagged()).isFalse();
    }

    @Test
    void topLabelIsTheHighestScore() {
        assertThat(new ClassificationTargetResult(Map.of("positive", 0.7, "negative", 0.2)).topLabel())
                .contains("positive");
        assertThat(new ClassificationTargetResult(Map.of()).topLabel()).isEmpty();
        ClassificationResponse response = new ClassificationResponse("id", "m",
                List.of(Map.of("sentiment", new ClassificationTargetResult(Map.of("neutral", 1.0)))));
        assertThat(response.target(0, "sentiment").topLabel()).contains("neutral");
        assertThatThrownBy(() -> response.target(0, "topic")).hasMessageContaining("sentiment");
    }
}
