package io.mistral4j.impl.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.finetuning.ClassifierLossFunction;
import io.mistral4j.finetuning.FineTuneableModelType;
import io.mistral4j.models.BaseModelCard;
import io.mistral4j.models.FineTunedModel;
import io.mistral4j.models.FineTunedModelCard;
import io.mistral4j.models.ModelCard;
import io.mistral4j.models.ModelList;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.models.UpdateModelRequest;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.spi.TransportRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the models service puts on the wire and how it reads spec-shaped answers. */
class ModelsServiceWireTest {

    private static final String FT_ID = "ft:open-mistral-7b:587a6b29:20240514:7e773925";
    private static final String BASE_CARD = "{\"id\":\"mistral-small-latest\",\"object\":\"model\",\"created\":1,"
            + "\"owned_by\":\"mistralai\",\"capabilities\":{\"completion_chat\":true,\"function_calling\":true,"
            + "\"vision\":true,\"new_flag\":true},\"name\":\"mistral-small\",\"description\":\"d\","
            + "\"max_context_length\":131072,\"aliases\":[\"mistral-small-2506\"],\"deprecation\":null,"
            + "\"deprecation_replacement_model\":null,\"default_model_temperature\":0.3,\"type\":\"base\"}";
    private static final String FT_CARD = "{\"id\":\"" + FT_ID + "\",\"capabilities\":{\"completion_chat\":true},"
            + "\"job\":\"7e773925-0000-4000-8000-000000000000\",\"root\":\"open-mistral-7b\",\"object\":\"model\","
            + "\"created\":1756746619,\"owned_by\":\"587a6b29\",\"type\":\"fine-tuned\",\"archived\":true}";

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-models-wire")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void listSendsTheFiltersAndReadsBothKindsOfCards() {
        transport.answer(200, "{\"object\":\"list\",\"data\":[" + BASE_CARD + "," + FT_CARD
                + ",{\"id\":\"future\",\"capabilities\":{},\"type\":\"distilled\"}]}");

        ModelList list = client.models().list(ModelListRequest.builder().provider("mistralai").model("x y").build());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/models?provider=mistralai&model=x%20y");
        assertThat(sent.body()).isNull();
        assertThat(sent.headers().first("Accept")).contains("application/json");
        assertThat(list.data()).hasSize(3);
        BaseModelCard base = (BaseModelCard) list.data().get(0);
        assertThat(base.capabilities().vision()).isTrue();
        assertThat(base.capabilities().ocr()).isFalse();
        assertThat(base.aliases()).containsExactly("mistral-small-2506");
        assertThat(base.defaultModelTemperature()).isEqualTo(0.3);
        FineTunedModelCard ft = (FineTunedModelCard) list.data().get(1);
        assertThat(ft.archived()).isTrue();
        assertThat(ft.root()).isEqualTo("open-mistral-7b");
        assertThat(ft.maxContextLength()).as("the spec's default").isEqualTo(32_768);
        assertThat(ft.aliases()).isEmpty();
        ModelCard future = list.data().get(2);
        assertThat(future).isInstanceOf(BaseModelCard.class);
        assertThat(future.type()).isEqualTo("distilled");
        assertThat(list.fineTuned()).containsExactly(ft);
        assertThat(observer.calls().get(0).operation()).isEqualTo("models.list");
    }

    @Test
    void listWithoutFiltersSendsNoQuery() {
        transport.answer(200, "{\"object\":\"list\",\"data\":[]}");

        client.models().list();

        assertThat(transport.requests().get(0).uri()).hasToString("https://api.example.test/v1/models");
    }

    @Test
    void retrieveKeepsColonsOfFineTunedIdsAndEncodesTheRest() {
        transport.answer(200, FT_CARD).answer(200, BASE_CARD);

        ModelCard card = client.models().retrieve(FT_ID);
        client.models().retrieve("odd/id?x");

        assertThat(transport.requests().get(0).uri().getRawPath()).isEqualTo("/v1/models/" + FT_ID);
        assertThat(transport.requests().get(1).uri().getRawPath()).isEqualTo("/v1/models/odd%2Fid%3Fx");
        assertThat(card).isInstanceOf(FineTunedModelCard.class);
        assertThat(card.isFineTuned()).isTrue();
    }

    @Test
    void deleteUpdateArchiveAndUnarchiveUseTheirPathsAndMethods() {
        transport.answer(200, "{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"deleted\":true}")
                .answer(200, "{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"created\":1,\"owned_by\":\"o\","
                        + "\"workspace_id\":\"w\",\"root\":\"r\",\"root_version\":\"rv\",\"archived\":false,"
                        + "\"name\":\"New\",\"description\":null,\"capabilities\":{\"classification\":true},"
                        + "\"max_context_length\":8192,\"aliases\":[],\"job\":\"j\",\"classifier_targets\":[{\"name\":"
                        + "\"sentiment\",\"labels\":[\"pos\",\"neg\"],\"weight\":1.0,\"loss_function\":\"multi_class\"}],"
                        + "\"model_type\":\"classifier\"}")
                .answer(200, "{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"archived\":true}")
                .answer(200, "{\"id\":\"" + FT_ID + "\",\"object\":\"model\",\"archived\":false}");

        assertThat(client.models().delete(FT_ID).deleted()).isTrue();
        FineTunedModel updated = client.models().update(FT_ID, UpdateModelRequest.builder().name("New").build());
        assertThat(client.models().archive(FT_ID).archived()).isTrue();
        assertThat(client.models().unarchive(FT_ID).archived()).isFalse();

        assertThat(transport.requests()).extracting(r -> r.method() + " " + r.uri().getRawPath()).containsExactly(
                "DELETE /v1/models/" + FT_ID,
                "PATCH /v1/fine_tuning/models/" + FT_ID,
                "POST /v1/fine_tuning/models/" + FT_ID + "/archive",
                "DELETE /v1/fine_tuning/models/" + FT_ID + "/archive");
        assertThat(JsonParser.parseString(transport.body(1))).isEqualTo(JsonParser.parseString("{\"name\":\"New\"}"));
        assertThat(transport.requests().get(1).headers().first("Content-Type")).contains("application/json");
        assertThat(updated.modelType()).isEqualTo(FineTuneableModelType.CLASSIFIER);
        assertThat(updated.capabilities().completionChat()).as("the spec's default").isTrue();
        assertThat(updated.capabilities().classification()).isTrue();
        assertThat(updated.classifierTargets().get(0).lossFunction()).isEqualTo(ClassifierLossFunction.MULTI_CLASS);
        assertThat(observer.calls()).extracting(c -> c.operation()).containsExactly("models.delete",
                "models.update", "models.archive", "models.unarchive");
    }

    @Test
    void rawResponsesAndAsyncFormsCarryTheSameValues() throws Exception {
        transport.answer(200, BASE_CARD, "mistral-correlation-id", "req-7").answer(200, BASE_CARD);

        ApiResponse<ModelCard> raw = client.models().withRawResponse().retrieve("mistral-small-latest");
        ModelCard async = client.models().retrieveAsync("mistral-small-latest").get();

        assertThat(raw.requestId()).contains("req-7");
        assertThat(raw.rawBody()).isEqualTo(BASE_CARD);
        assertThat(async).isEqualTo(raw.value());
    }

    @Test
    void blankIdsAndMissingRequestsFailBeforeSending() {
        assertThatThrownBy(() -> client.models().retrieve("")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("modelId");
        assertThatThrownBy(() -> client.models().update(FT_ID, null)).isInstanceOf(ValidationException.class);
        CompletableFuture<?> async = client.models().archiveAsync(null);
        assertThatThrownBy(async::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> UpdateModelRequest.builder().build()).isInstanceOf(ValidationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aMissingModelIsANotFoundException() {
        transport.answer(404, "{\"object\":\"error\",\"message\":\"Model not found\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":null}");

        assertThatThrownBy(() -> client.models().delete(FT_ID)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Model not found");
        assertThat(observer.events()).containsExactly("start models.delete null", "error models.delete NotFoundException");
    }
}
