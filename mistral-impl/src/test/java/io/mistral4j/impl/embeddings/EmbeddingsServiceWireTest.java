package io.mistral4j.impl.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.embeddings.EmbeddingDtype;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.embeddings.EncodingFormat;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.impl.testing.RecordingObserver;
import io.mistral4j.spi.TransportRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the embeddings service puts on the wire and how it reads float, base64 and integer answers. */
class EmbeddingsServiceWireTest {

    private final FakeTransport transport = new FakeTransport();
    private final RecordingObserver observer = new RecordingObserver();
    private final MistralClient client = MistralClient.builder().apiKey("sk-embed-wire-1234")
            .baseUrl("https://api.example.test").transport(transport).addObserver(observer).build();

    @AfterEach
    void close() {
        client.close();
    }

    /** An EmbeddingResponse per the spec, with a field this version does not know at each level. */
    private static String response(String firstEmbedding, String secondEmbedding) {
        return "{\"id\":\"e-1\",\"object\":\"list\",\"model\":\"mistral-embed\",\"new_top\":[1],"
                + "\"usage\":{\"prompt_tokens\":15,\"completion_tokens\":0,\"total_tokens\":15,"
                + "\"prompt_audio_seconds\":null},\"data\":["
                + "{\"object\":\"embedding\",\"embedding\":" + firstEmbedding + ",\"index\":0,\"extra\":{\"a\":1}},"
                + "{\"index\":1,\"embedding\":" + secondEmbedding + ",\"object\":\"embedding\"}]}";
    }

    @Test
    void postsEveryFieldUnderItsWireName() {
        transport.answer(200, response("[0.5]", "[0.25]"));

        client.embeddings().create(EmbeddingRequest.builder().model("mistral-embed").input("first", "second")
                .outputDimension(512).outputDtype(EmbeddingDtype.INT8).encodingFormat(EncodingFormat.FLOAT)
                .metadata(Map.of("team", "search")).build());

        TransportRequest sent = transport.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).hasToString("https://api.example.test/v1/embeddings");
        assertThat(sent.headers().first("Content-Type")).contains("application/json");
        assertThat(sent.headers().first("Authorization")).contains("Bearer sk-embed-wire-1234");
        JsonObject body = JsonParser.parseString(transport.body(0)).getAsJsonObject();
        assertThat(body).isEqualTo(JsonParser.parseString("{\"model\":\"mistral-embed\",\"input\":[\"first\","
                + "\"second\"],\"output_dimension\":512,\"output_dtype\":\"int8\",\"encoding_format\":\"float\","
                + "\"metadata\":{\"team\":\"search\"}}"));
        assertThat(observer.events()).containsExactly("start embeddings mistral-embed", "usage embeddings 15+0",
                "end embeddings");
    }

    @Test
    void unsetFieldsAreNotSentAndUnknownEnumValuesAreSentAsGiven() {
        transport.answer(200, response("[0.5]", "[0.25]"));

        client.embeddings().create(EmbeddingRequest.builder().model("mistral-embed").input("one")
                .outputDtype(EmbeddingDtype.of("float16")).build());

        assertThat(JsonParser.parseString(transport.body(0))).isEqualTo(JsonParser.parseString(
                "{\"model\":\"mistral-embed\",\"input\":[\"one\"],\"output_dtype\":\"float16\"}"));
    }

    @Test
    void numberArraysDecodeToExactFloats() {
        transport.answer(200, response("[-0.016632080078125, 0.0701904296875, 3e-2, 1]", "[0.25, -1.5]"));

        EmbeddingResponse response = client.embeddings().create(request());

        assertThat(response.id()).isEqualTo("e-1");
        assertThat(response.usage().promptTokens()).isEqualTo(15);
        assertThat(response.data()).hasSize(2);
        assertThat(response.embedding(0).object()).isEqualTo("embedding");
        assertThat(response.vectors().get(0)).containsExactly(-0.016632080078125f, 0.0701904296875f, 0.03f, 1f);
        assertThat(response.vectors().get(1)).containsExactly(0.25f, -1.5f);
    }

    @Test
    void base64StringsDecodeAsLittleEndianFloat32() {
        float[] first = {-0.016632080078125f, 0.0701904296875f, Float.MIN_VALUE, -3.4e38f};
        float[] second = {1f, 2f};
        transport.answer(200, response("\"" + base64(first) + "\"", "\"" + base64(second) + "\""));

        EmbeddingResponse response = client.embeddings().create(request().toBuilder()
                .encodingFormat(EncodingFormat.BASE64).build());

        assertThat(response.vectors().get(0)).containsExactly(first);
        assertThat(response.vectors().get(1)).containsExactly(second);
        assertThat(JsonParser.parseString(transport.body(0)).getAsJsonObject().get("encoding_format").getAsString())
                .isEqualTo("base64");
    }

    @Test
    void integerDtypesArriveAsExactIntegerValues() {
        transport.answer(200, response("[-128, -1, 0, 127]", "[0, 255]"));

        EmbeddingResponse response = client.embeddings().create(request());

        assertThat(response.embedding(0).toByteArray()).containsExactly(-128, -1, 0, 127);
        assertThat(response.embedding(1).vector()).containsExactly(0f, 255f);
    }

    @Test
    void vectorsOfChangingSizesDecodeWhole() {
        // 3072 is beyond the decoder's starting capacity, 256 is below what it then expects.
        transport.answer(200, response(numbers(3072), numbers(256)));
        transport.answer(200, response(numbers(1), "[]"));

        EmbeddingResponse big = client.embeddings().create(request());
        EmbeddingResponse small = client.embeddings().create(request());

        assertThat(big.embedding(0).dimension()).isEqualTo(3072);
        assertThat(big.embedding(0).vector()[3071]).isEqualTo(3071f);
        assertThat(big.embedding(1).dimension()).isEqualTo(256);
        assertThat(big.embedding(1).vector()[255]).isEqualTo(255f);
        assertThat(small.embedding(0).vector()).containsExactly(0f);
        assertThat(small.embedding(1).dimension()).isZero();
    }

    @Test
    void malformedEmbeddingsAreTypedDecodingErrors() {
        transport.answer(200, response("\"not base64!\"", "[1]"), "mistral-correlation-id", "req-b64");
        transport.answer(200, response("\"AAAA\"", "[1]"));
        transport.answer(200, "{\"data\":[{\"index\":0,\"object\":\"embedding\"}]}");

        assertThatThrownBy(() -> client.embeddings().create(request()))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("base64")
                .hasMessageContaining("req-b64");
        assertThatThrownBy(() -> client.embeddings().create(request()))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("float32");
        assertThatThrownBy(() -> client.embeddings().create(request()))
                .isInstanceOf(MistralDecodingException.class).hasMessageContaining("no 'embedding'");
    }

    @Test
    void rawAndAsyncForms() {
        String body = response("[1]", "[2]");
        transport.answer(200, body, "mistral-correlation-id", "req-e", "x-ratelimit-remaining-tokens-minute", "500");
        transport.answer(200, body);
        transport.answer(200, body);

        ApiResponse<EmbeddingResponse> raw = client.embeddings().withRawResponse().create(request());
        EmbeddingResponse async = client.embeddings().createAsync(request()).join();
        ApiResponse<EmbeddingResponse> rawAsync = client.embeddings().withRawResponse().createAsync(request()).join();

        assertThat(raw.requestId()).contains("req-e");
        assertThat(raw.rateLimits().remainingTokensPerMinute()).hasValue(500);
        assertThat(raw.rawBody()).isEqualTo(body);
        assertThat(async.vectors().get(1)).containsExactly(2f);
        assertThat(rawAsync.value()).isEqualTo(raw.value());
    }

    @Test
    void batchLimitErrorIsTyped() {
        transport.answer(400, "{\"object\":\"error\",\"message\":\"Too many tokens in batch. Max is 16384\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"3210\"}");

        assertThatThrownBy(() -> client.embeddings().createAsync(request()).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(BadRequestException.class)
                .hasMessageContaining("Max is 16384");
    }

    private static EmbeddingRequest request() {
        return EmbeddingRequest.builder().model("mistral-embed").input("a", "b").build();
    }

    private static String base64(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            bytes.putFloat(value);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static String numbers(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(i);
        }
        return json.append(']').toString();
    }
}
