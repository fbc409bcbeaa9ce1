package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.state.ModelCard;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.util.List;

import static io.mistral4j.tck.simulator.TestHttp.get;
import static org.assertj.core.api.Assertions.assertThat;

class ModelsEndpointTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    @Test
    void listsTheCatalogAsAModelList() {
        TestHttp.Response r = get(SIMULATOR.simulator(), "/v1/models");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("content-type")).startsWith("application/json");
        JsonObject list = r.json();
        assertThat(list.get("object").getAsString()).isEqualTo("list");
        List<String> ids = list.getAsJsonArray("data").asList().stream()
                .map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
        assertThat(ids).contains("mistral-small-latest", "mistral-medium-latest", "mistral-large-latest",
                "magistral-medium-latest", "ministral-8b-latest", "codestral-latest", "mistral-embed",
                "mistral-moderation-latest", "mistral-ocr-latest", "pixtral-large-latest");
        for (JsonElement e : list.getAsJsonArray("data")) {
            JsonObject card = e.getAsJsonObject();
            assertThat(card.get("type").getAsString()).isEqualTo("base");
            assertThat(card.get("object").getAsString()).isEqualTo("model");
            assertThat(card.get("owned_by").getAsString()).isEqualTo("mistralai");
            assertThat(card.get("created").getAsLong()).isPositive();
            assertThat(card.get("max_context_length").getAsInt()).isPositive();
            assertThat(card.getAsJsonObject("capabilities").keySet()).containsExactlyInAnyOrderElementsOf(
                    ModelCard.CAPABILITY_FLAGS);
        }
    }

    @Test
    void capabilitiesDifferPerModel() {
        assertThat(capabilities("codestral-latest").get("completion_fim").getAsBoolean()).isTrue();
        assertThat(capabilities("mistral-small-latest").get("completion_fim").getAsBoolean()).isFalse();
        assertThat(capabilities("pixtral-large-latest").get("vision").getAsBoolean()).isTrue();
        assertThat(capabilities("mistral-embed").get("completion_chat").getAsBoolean()).isFalse();
        assertThat(capabilities("mistral-moderation-latest").get("moderation").getAsBoolean()).isTrue();
        assertThat(capabilities("mistral-ocr-latest").get("ocr").getAsBoolean()).isTrue();
        assertThat(capabilities("mistral-large-latest").get("function_calling").getAsBoolean()).isTrue();
    }

    @Test
    void retrievesOneModelByIdOrAlias() {
        TestHttp.Response byId = get(SIMULATOR.simulator(), "/v1/models/magistral-medium-latest");
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().get("id").getAsString()).isEqualTo("magistral-medium-latest");

        JsonObject byAlias = get(SIMULATOR.simulator(), "/v1/models/codestral-2508").json();
        assertThat(byAlias.get("id").getAsString()).isEqualTo("codestral-latest");
        assertThat(byAlias.getAsJsonArray("aliases").asList()).extracting(JsonElement::getAsString)
                .contains("codestral-2508");
    }

    @Test
    void unknownModelIs404WithAnErrorBody() {
        TestHttp.Response r = get(SIMULATOR.simulator(), "/v1/models/gpt-4o");

        assertThat(r.status()).isEqualTo(404);
        JsonObject error = r.json();
        assertThat(error.get("object").getAsString()).isEqualTo("error");
        assertThat(error.get("message").getAsString()).contains("gpt-4o");
        assertThat(error.get("type").getAsString()).isEqualTo("invalid_request_error");
        assertThat(error.has("param")).isTrue();
        assertThat(error.has("code")).isTrue();
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() {
        TestHttp.Response unknown = get(SIMULATOR.simulator(), "/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("object").getAsString()).isEqualTo("error");

        TestHttp.Response wrongMethod = TestHttp.send(TestHttp.request(SIMULATOR.simulator(), "/v1/models")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("allow")).isEqualTo("GET");
        assertThat(wrongMethod.json().get("object").getAsString()).isEqualTo("error");

        TestHttp.Response getChat = get(SIMULATOR.simulator(), "/v1/chat/completions");
        assertThat(getChat.status()).isEqualTo(405);
        assertThat(getChat.header("allow")).isEqualTo("POST");
    }

    private static JsonObject capabilities(String model) {
        return get(SIMULATOR.simulator(), "/v1/models/" + model).json().getAsJsonObject("capabilities");
    }
}
