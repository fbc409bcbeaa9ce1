package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParseException;
import io.mistral4j.embeddings.EmbeddingResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass embeddings reader reads what Gson with {@code EmbeddingAdapter} reads, bit for
 * bit, and gives up (returns null, so the codec falls back to Gson) on anything else.
 */
class EmbeddingResponseReaderTest {

    private final JsonCodec codec = new JsonCodec();
    private final EmbeddingResponseReader reader = new EmbeddingResponseReader(codec.gson());

    private EmbeddingResponse viaGson(String json) {
        return codec.gson().fromJson(json, EmbeddingResponse.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"e1\",\"object\":\"list\",\"model\":\"mistral-embed\",\"usage\":{\"prompt_tokens\":9,"
                    + "\"completion_tokens\":0,\"total_tokens\":9},\"data\":[{\"object\":\"embedding\",\"embedding\":"
                    + "[0.1,-2.5,1e-7,3.4028235E38,-0.0,0,12345.678],\"index\":0},{\"object\":\"embedding\","
                    + "\"embedding\":[-0.015625],\"index\":1}]}",
            " {\n  \"data\" : [ { \"index\" : 3 , \"embedding\" : [ 1 , 2.5E+2 , -7E-3 ] } ] ,\n \"id\" : null }\n",
            "{\"data\":[{\"embedding\":\"AACAPwAAAMA=\",\"index\":0,\"object\":null}],\"model\":\"m\"}",
            "{\"future\":{\"nested\":[1,{\"s\":\"a ] } [ \\\" quote\"}],\"t\":true,\"f\":false,\"n\":null},"
                    + "\"data\":[{\"embedding\":[1.5],\"extra\":\"x\\\\y\",\"index\":0}],\"usage\":null}",
            "{\"data\":[]}",
            "{\"data\":null}",
            "{}",
    })
    void readsWhatGsonReads(String json) {
        EmbeddingResponse fast = reader.read(json);

        assertThat(fast).as("the fast path took %s", json).isNotNull();
        assertThat(fast).isEqualTo(viaGson(json));
        assertThat(codec.fromJson(json, EmbeddingResponse.class)).isEqualTo(fast);
    }

    @Test
    void aLargeAnswerIsReadBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder json = new StringBuilder("{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":[");
        for (int v = 0; v < 32; v++) {
            json.append(v == 0 ? "" : ",").append("{\"object\":\"embedding\",\"embedding\":[");
            for (int i = 0; i < 1024; i++) {
                float value = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-9, 4)));
                json.append(i == 0 ? "" : ",").append(i % 3 == 0 ? Float.toString(value) : Double.toString(value));
            }
            json.append("],\"index\":").append(v).append('}');
        }
        json.append("],\"usage\":{\"prompt_tokens\":320,\"total_tokens\":320,\"completion_tokens\":0}}");

        EmbeddingResponse fast = reader.read(json.toString());

        assertThat(fast).isNotNull().isEqualTo(viaGson(json.toString()));
        assertThat(fast.data()).hasSize(32);
        assertThat(fast.data().get(31).vector()).hasSize(1024);
    }

    @Test
    void base64VectorsAreLittleEndianFloats() {
        ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.25f).putFloat(-3f);
        String json = "{\"data\":[{\"embedding\":\"" + Base64.getEncoder().encodeToString(bytes.array())
                + "\",\"index\":0}]}";

        assertThat(reader.read(json).data().get(0).vector()).containsExactly(0.25f, -3f);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"d\\u0061ta\":[{\"embedding\":[1],\"index\":0}]}",
            "{\"data\":[{\"embedding\":[1,],\"index\":0}]}",
            "{\"data\":[{\"embedding\":[1-2],\"index\":0}]}",
            "{\"data\":[{\"embedding\":[NaN],\"index\":0}]}",
            "{\"data\":[null]}",
            "{\"data\":[{\"index\":0}]}",
            "{\"data\":[{\"embedding\":\"not base64!\",\"index\":0}]}",
            "{\"data\":[{\"embedding\":\"AAAA\",\"index\":0}]}",
            "{\"data\":[{\"embedding\":[1],\"index\":1.5}]}",
            "{\"data\":[{\"embedding\":[1],\"index\":0}]} trailing",
            "{\"data\":[{\"embedding\":[1],\"index\":0}]",
            "{\"id\":\"caf\\u00e9\",\"data\":[]}",
            "[]",
            "null",
            "",
    })
    void givesUpOnAnythingElse(String json) {
        assertThat(reader.read(json)).isNull();
    }

    @Test
    void theCodecStillReportsBadAnswersThroughGson() {
        assertThatThrownBy(() -> codec.fromJson("{\"data\":[{\"index\":0}]}", EmbeddingResponse.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("no 'embedding'");
        assertThat(codec.fromJson("{\"id\":\"caf\\u00e9\",\"data\":[]}", EmbeddingResponse.class).id())
                .isEqualTo("caf\u00e9");
    }
}
