package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.GuardrailConfig;
import io.mistral4j.chat.ServiceTier;
import io.mistral4j.errors.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code service_tier} in chat and agent completions, {@code guardrails} in agent completions. */
class ServiceTierRequestTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void chatRequestSendsTheServiceTier() {
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("m").addUserMessage("hi")
                .serviceTier(ServiceTier.STANDARD_ONLY).build();

        assertThat(codec.toJson(request)).contains("\"service_tier\":\"standard_only\"");
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void agentRequestSendsServiceTierAndGuardrails() {
        GuardrailConfig guardrail = codec.fromJson("{\"block_on_error\":true,\"moderation_llm_v1\":"
                + "{\"custom_category_thresholds\":{\"violence\":0.4}}}", GuardrailConfig.class);
        AgentsCompletionRequest request = AgentsCompletionRequest.builder().agentId("ag").addUserMessage("hi")
                .serviceTier(ServiceTier.AUTO).guardrails(List.of(guardrail)).build();

        String json = codec.toJson(request);
        assertThat(json).contains("\"service_tier\":\"auto\"").contains("\"guardrails\":[{")
                .contains("\"violence\":0.4");
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void anUnknownTierRoundTrips() {
        assertThat(codec.fromJson("\"priority_only\"", ServiceTier.class).value()).isEqualTo("priority_only");
    }

    @Test
    void aNullGuardrailIsRejectedByName() {
        assertThatThrownBy(() -> AgentsCompletionRequest.builder().agentId("ag").addUserMessage("hi")
                .guardrails(Arrays.asList((GuardrailConfig) null)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("guardrails");
    }
}
