package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.text.Tokenizer;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmbeddingsRouteTest {

    private static final String PATH = "/v1/embeddings";
    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    private static JsonObject embed(String extraFields) {
        return parse("{\"model\":\"mistral-embed\",\"input\":[\"Paris is in France\",\"Rome is in Italy\"]"
                + extraFields + "}");
    }

    @Test
    void answersTheSpecShape() {
        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), PATH, embed(""));

        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.keySet()).containsExactlyInAnyOrder("id", "object", "data", "model", "usage");
        assertThat(body.get("id").getAsString()).matches("[0-9a-f]{32}");
        assertThat(body.get("object").getAsString()).isEqualTo("list");
        JsonArray data = body.getAsJsonArray("data");
        assertThat(data).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonObject item = data.get(i).getAsJsonObject();
            assertThat(item.get("object").getAsString()).isEqualTo("embedding");
            assertThat(item.get("index").getAsInt()).isEqualTo(i);
            float[] vector = floats(item.getAsJsonArray("embedding"));
            assertThat(vector).hasSize(1024);
            assertThat(norm(vector)).isCloseTo(1, within(1e-4));
        }
        JsonObject usage = body.getAsJsonObject("usage");
        int tokens = Tokenizer.count("Paris is in France") + Tokenizer.count("Rome is in Italy");
        assertThat(usage.get("prompt_tokens").getAsInt()).isEqualTo(tokens);
        assertThat(usage.get("completion_tokens").getAsInt()).isZero();
        assertThat(usage.get("total_tokens").getAsInt()).isEqualTo(tokens);
        assertThat(r.header("x-ratelimit-tokens-query-cost")).isEqualTo(String.valueOf(tokens));
    }

    @Test
    void vectorsAreDeterministicPerText() {
        JsonObject single = parse("{\"model\":\"mistral-embed\",\"input\":\"Rome is in Italy\"}");

        float[] inBatch = floats(TestHttp.post(SIMULATOR.simulator(), PATH, embed("")).json().getAsJsonArray("data").get(1)
                .getAsJsonObject().getAsJsonArray("embedding"));
        float[] alone = floats(TestHttp.post(SIMULATOR.simulator(), PATH, single).json().getAsJsonArray("data").get(0)
                .getAsJsonObject().getAsJsonArray("embedding"));
        float[] other = floats(TestHttp.post(SIMULATOR.simulator(), PATH, embed("")).json().getAsJsonArray("data").get(0)
                .getAsJsonObject().getAsJsonArray("embedding"));

        assertThat(alone).containsExactly(inBatch);
        assertThat(other).isNotEqualTo(inBatch);
    }

    @Test
    void base64CarriesTheSameLittleEndianFloat32Values() {
        JsonArray floats = TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":64")).json().getAsJsonArray("data");
        JsonArray encoded = TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":64,\"encoding_format\":\"base64\""))
                .json().getAsJsonArray("data");

        for (int i = 0; i < 2; i++) {
            String base64 = encoded.get(i).getAsJsonObject().get("embedding").getAsString();
            byte[] bytes = Base64.getDecoder().decode(base64);
            assertThat(bytes).hasSize(64 * 4);
            float[] decoded = new float[64];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(decoded);
            assertThat(decoded).containsExactly(floats(floats.get(i).getAsJsonObject().getAsJsonArray("embedding")));
        }
    }

    @Test
    void outputDimensionIsHonoured() {
        float[] vector = first(TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":256")));
        assertThat(vector).hasSize(256);
        assertThat(norm(vector)).isCloseTo(1, within(1e-4));
    }

    @Test
    void integerDtypesQuantiseTheFloatVector() {
        float[] real = first(TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":16")));
        float[] int8 = first(TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":16,\"output_dtype\":\"int8\"")));
        float[] uint8 = first(TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":16,\"output_dtype\":\"uint8\"")));
        float[] binary = first(TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":16,\"output_dtype\":\"binary\"")));
        float[] ubinary = first(TestHttp.post(SIMULATOR.simulator(), PATH,
                embed(",\"output_dimension\":16,\"output_dtype\":\"ubinary\"")));

        for (int i = 0; i < 16; i++) {
            assertThat(int8[i]).isBetween(-127f, 127f);
            assertThat(int8[i] == Math.rint(int8[i])).isTrue();
            assertThat(Math.signum(int8[i])).isIn(Math.signum(real[i]), 0f);
            assertThat(uint8[i]).isBetween(0f, 255f);
        }
        assertThat(binary).hasSize(2);
        assertThat(ubinary).hasSize(2);
        for (int group = 0; group < 2; group++) {
            assertThat(binary[group]).isEqualTo(ubinary[group] - 128);
            int bits = (int) ubinary[group];
            for (int bit = 0; bit < 8; bit++) {
                boolean positive = real[group * 8 + bit] > 0;
                assertThat((bits >> (7 - bit) & 1) == 1).as("dimension %d", group * 8 + bit).isEqualTo(positive);
            }
        }
    }

    @Test
    void validationErrorsLikeTheApi() {
        TestHttp.Response r = TestHttp.post(SIMULATOR.simulator(), PATH, parse("{\"model\":\"mistral-embed\",\"input\":5,"
                + "\"output_dimension\":0,\"output_dtype\":\"float16\",\"encoding_format\":\"hex\",\"dims\":3}"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().getAsJsonArray("detail").asList()).extracting(e -> e.getAsJsonObject().get("type")
                .getAsString() + " " + e.getAsJsonObject().get("loc")).containsExactly(
                "string_type [\"body\",\"input\",\"str\"]",
                "list_type [\"body\",\"input\",\"list[str]\"]",
                "greater_than [\"body\",\"output_dimension\"]",
                "enum [\"body\",\"output_dtype\"]",
                "enum [\"body\",\"encoding_format\"]",
                "extra_forbidden [\"body\",\"dims\"]");
        TestHttp.Response missing = TestHttp.post(SIMULATOR.simulator(), PATH, parse("{\"model\":\"mistral-embed\"}"));
        assertThat(missing.json().getAsJsonArray("detail").get(0).getAsJsonObject().get("loc").toString())
                .isEqualTo("[\"body\",\"input\"]");
    }

    @Test
    void semanticErrorsAre400() {
        TestHttp.Response chatModel = TestHttp.post(SIMULATOR.simulator(), PATH,
                parse("{\"model\":\"mistral-small-latest\",\"input\":\"x\"}"));
        TestHttp.Response empty = TestHttp.post(SIMULATOR.simulator(), PATH, parse("{\"model\":\"mistral-embed\",\"input\":[]}"));
        TestHttp.Response tooWide = TestHttp.post(SIMULATOR.simulator(), PATH, embed(",\"output_dimension\":100000"));
        TestHttp.Response tooMany = TestHttp.post(SIMULATOR.simulator(), PATH, parse("{\"model\":\"mistral-embed\",\"input\":\""
                + "word ".repeat(16_385) + "\"}"));

        assertThat(chatModel.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(tooWide.status()).isEqualTo(400);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("code").getAsString()).isEqualTo("3210");
        assertThat(tooMany.json().get("message").getAsString()).isEqualTo("Too many tokens in batch. Max is 16384");
    }

    private static float[] first(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return floats(r.json().getAsJsonArray("data").get(0).getAsJsonObject().getAsJsonArray("embedding"));
    }

    private static float[] floats(JsonArray array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsFloat();
        }
        return values;
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }
}
