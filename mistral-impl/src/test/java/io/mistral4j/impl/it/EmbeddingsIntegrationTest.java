package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.embeddings.Embedding;
import io.mistral4j.embeddings.EmbeddingDtype;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.embeddings.EncodingFormat;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.UnprocessableEntityException;
import java.util.ArrayList;
import java.util.List;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Embeddings end to end over loopback sockets against the simulator. */
class EmbeddingsIntegrationTest {

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

    private static EmbeddingRequest.Builder embed(String... texts) {
        return EmbeddingRequest.builder().model("mistral-embed").input(texts);
    }

    @Test
    void oneUnitVectorPerInputWithUsage() {
        ApiResponse<EmbeddingResponse> raw = client.embeddings().withRawResponse()
                .create(embed("Paris is in France.", "Rome is in Italy.").build());
        EmbeddingResponse response = raw.value();

        assertThat(response.data()).extracting(Embedding::index).containsExactly(0, 1);
        assertThat(response.data()).allSatisfy(embedding -> {
            assertThat(embedding.dimension()).isEqualTo(1024);
            assertThat(embedding.cosineSimilarity(embedding)).isCloseTo(1, within(1e-6));
            assertThat(norm(embedding.vector())).isCloseTo(1, within(1e-4));
        });
        assertThat(response.model()).isEqualTo("mistral-embed");
        assertThat(response.object()).isEqualTo("list");
        assertThat(response.usage().promptTokens()).isPositive();
        assertThat(response.usage().completionTokens()).isZero();
        assertThat(raw.requestId()).isPresent();
        assertThat(SIMULATOR.requests().get(0).path()).isEqualTo("/v1/embeddings");
    }

    @Test
    void equalTextsEmbedEquallyAndOthersDiffer() {
        EmbeddingResponse first = client.embeddings().create(embed("alpha", "beta").build());
        EmbeddingResponse again = client.embeddings().create(embed("alpha").build());

        assertThat(again.embedding(0)).isEqualTo(first.embedding(0));
        assertThat(first.embedding(0).cosineSimilarity(first.embedding(1))).isLessThan(0.5);
    }

    @Test
    void base64EncodingIsDecodedTransparently() {
        EmbeddingResponse asFloats = client.embeddings().create(embed("same text").build());
        ApiResponse<EmbeddingResponse> asBase64 = client.embeddings().withRawResponse()
                .create(embed("same text").encodingFormat(EncodingFormat.BASE64).build());

        JsonObject item = JsonParser.parseString(asBase64.rawBody()).getAsJsonObject().getAsJsonArray("data")
                .get(0).getAsJsonObject();
        assertThat(item.get("embedding").getAsJsonPrimitive().isString()).isTrue();
        assertThat(asBase64.value().vectors().get(0)).containsExactly(asFloats.vectors().get(0));
    }

    @Test
    void outputDimensionAndIntegerDtypes() {
        EmbeddingResponse small = client.embeddings().create(embed("x").outputDimension(256).build());
        EmbeddingResponse int8 = client.embeddings().create(embed("x").outputDtype(EmbeddingDtype.INT8).build());
        EmbeddingResponse uint8 = client.embeddings().create(embed("x").outputDtype(EmbeddingDtype.UINT8).build());
        EmbeddingResponse binary = client.embeddings().create(embed("x").outputDimension(512)
                .outputDtype(EmbeddingDtype.UBINARY).encodingFormat(EncodingFormat.BASE64).build());

        assertThat(small.embedding(0).dimension()).isEqualTo(256);
        byte[] signed = int8.embedding(0).toByteArray();
        assertThat(signed).hasSize(1024).contains((byte) 127);
        for (float value : uint8.embedding(0).vector()) {
            assertThat(value).isBetween(0f, 255f);
        }
        assertThat(binary.embedding(0).dimension()).isEqualTo(64);
        assertThat(binary.embedding(0).toByteArray()).hasSize(64);
    }

    @Test
    void aBatchOf32InputsComesBackInOrder() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            texts.add("document number " + i);
        }

        EmbeddingResponse response = client.embeddings().create(EmbeddingRequest.builder().model("mistral-embed")
                .input(texts).build());

        assertThat(response.vectors()).hasSize(32).allSatisfy(v -> assertThat(v).hasSize(1024));
        assertThat(response.embedding(31).vector()).containsExactly(client.embeddings()
                .create(embed("document number 31").build()).embedding(0).vector());
    }

    @Test
    void asyncForms() {
        assertThat(client.embeddings().createAsync(embed("async").build()).join().vectors()).hasSize(1);
        assertThat(client.embeddings().withRawResponse().createAsync(embed("async").build()).join().statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownDtypeIsRejectedByTheServerWith422() {
        assertThatThrownBy(() -> client.embeddings().create(embed("x").outputDtype(EmbeddingDtype.of("float16"))
                .build()))
                .isInstanceOf(UnprocessableEntityException.class)
                .satisfies(e -> assertThat(((UnprocessableEntityException) e).issues())
                        .anySatisfy(issue -> assertThat(issue.loc()).containsExactly("body", "output_dtype")));
    }

    @Test
    void aChatModelCannotEmbed() {
        assertThatThrownBy(() -> client.embeddings().create(embed("x").model("mistral-small-latest").build()))
                .isInstanceOf(BadRequestException.class);
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
