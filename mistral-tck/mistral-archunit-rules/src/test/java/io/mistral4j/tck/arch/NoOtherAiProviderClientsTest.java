package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoOtherAiProviderClientsTest {

    @Test
    void classesThatUseAnotherProvidersClientFail() {
        List<String> violations =
                violations(MistralArchRules.NO_OTHER_AI_PROVIDER_CLIENTS, fixtures("providers"));

        assertThat(violations)
                .anySatisfy(line -> assertThat(line)
                        .contains("providers.UsesOpenAi.client> has type <com.openai.client.OpenAIClient>"))
                .anySatisfy(line -> assertThat(line)
                        .contains("providers.UsesAnthropic> implements interface"
                                + " <com.anthropic.client.AnthropicClient>"));
    }

    @Test
    void classesThatUseOrdinaryLibrariesPass() {
        // Gson, java.net.http and the JDK are not AI provider clients
        assertThat(violations(MistralArchRules.NO_OTHER_AI_PROVIDER_CLIENTS,
                fixtures("jdkonly", "plugins", "layout", "app"))).isEmpty();
    }

    @Test
    void theFailureReportSaysWhy() {
        assertThat(MistralArchRules.NO_OTHER_AI_PROVIDER_CLIENTS.evaluate(fixtures("providers"))
                .getFailureReport().toString())
                .contains("belong to another AI provider's client library")
                .contains("because Mistral4J talks to Mistral AI only");
    }

    @Test
    void theProviderListIsFixedAndNamesTheKnownClients() {
        assertThat(MistralArchRules.OTHER_AI_PROVIDER_PACKAGES)
                .contains("com.openai..", "com.theokanning.openai..", "com.azure.ai.openai..",
                        "com.anthropic..", "com.google.genai..", "com.google.cloud.vertexai..",
                        "software.amazon.awssdk.services.bedrockruntime..", "com.cohere..",
                        "dev.langchain4j.model.openai..", "dev.langchain4j.model.anthropic..",
                        "io.github.sashirestela.openai..")
                .doesNotHaveDuplicates()
                .allSatisfy(identifier -> assertThat(identifier).endsWith("..")
                        .doesNotContain("mistral"));
        assertThatThrownBy(() -> MistralArchRules.OTHER_AI_PROVIDER_PACKAGES.add("com.example.."))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
