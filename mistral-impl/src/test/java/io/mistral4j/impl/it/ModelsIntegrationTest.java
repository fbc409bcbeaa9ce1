package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.PermissionDeniedException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.models.BaseModelCard;
import io.mistral4j.models.ModelCard;
import io.mistral4j.models.ModelList;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The models API over loopback sockets against the simulator's catalog. */
class ModelsIntegrationTest {

    private static final String KEY = "sk-models-it-5e4d3c2b1a09";

    private static MistralSimulator simulator;
    private static MistralClient client;

    @BeforeAll
    static void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).start();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void listsBaseModelsWithTheirCapabilities() {
        ApiResponse<ModelList> raw = client.models().withRawResponse().list();
        ModelList models = raw.value();

        assertThat(raw.requestId()).isPresent();
        assertThat(models.object()).isEqualTo("list");
        assertThat(models.data()).hasSizeGreaterThanOrEqualTo(10).allMatch(m -> m instanceof BaseModelCard);
        ModelCard codestral = models.find("codestral-latest").orElseThrow();
        assertThat(codestral.capabilities().completionFim()).isTrue();
        assertThat(codestral.type()).isEqualTo("base");
        assertThat(codestral.isFineTuned()).isFalse();
        assertThat(codestral.maxContextLength()).isEqualTo(256_000);
        assertThat(models.find("codestral-2508")).as("by alias").contains(codestral);
        assertThat(models.fineTuned()).isEmpty();
    }

    @Test
    void filtersByModelAndProvider() throws Exception {
        assertThat(client.models().list(ModelListRequest.builder().model("mistral-embed").build()).data())
                .extracting(ModelCard::id).containsExactly("mistral-embed");
        assertThat(client.models().listAsync(ModelListRequest.builder().provider("someone-else").build())
                .get(5, TimeUnit.SECONDS).data()).isEmpty();
        assertThat(simulator.requests().stream().anyMatch(r -> "model=mistral-embed".equals(r.query()))).isTrue();
    }

    @Test
    void retrievesOneModelByIdOrAlias() throws Exception {
        ModelCard card = client.models().retrieve("mistral-large-2411");

        assertThat(card.id()).isEqualTo("mistral-large-latest");
        assertThat(card.capabilities().fineTuning()).isTrue();
        assertThat(client.models().retrieveAsync("pixtral-large-latest").get(5, TimeUnit.SECONDS)
                .capabilities().vision()).isTrue();
    }

    @Test
    void unknownModelsAre404AndBaseModelsCannotBeDeleted() {
        assertThatThrownBy(() -> client.models().retrieve("no-such-model")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.models().delete("mistral-small-latest"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> client.models().retrieve(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("modelId");
    }
}
