package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.mistral4j.chat.CompletionChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader of one stream's chunks gives, chunk after chunk, exactly what Gson reads from each
 * text, whether it reads only the content (the rest as before) or the whole chunk.
 */
class StreamChunkReaderTest {

    private static final String PREFIX = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,"
            + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"delta\":{";

    private final JsonCodec codec = new JsonCodec();
    private final Gson gson = codec.gson();

    @Test
    void aStreamReadsAsGsonReadsEachChunk() {
        List<String> texts = new ArrayList<>();
        texts.add(PREFIX + "\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}");
        for (String word : List.of("Hello", " world", "", "a", " café", " 中文 😀", "x")) {
            texts.add(PREFIX + "\"content\":\"" + word + "\"},\"finish_reason\":null}]}");
        }
        // Text that only looks like the content between an unchanged prefix and suffix.
        texts.add(PREFIX + "\"content\":\"a\",\"role\":\"user\"},\"finish_reason\":null}]}");
        texts.add(PREFIX + "\"content\":\"quote \\\" and \\\\ and \\n\"},\"finish_reason\":null}]}");
        texts.add(PREFIX + "\"content\":\"after an escape\"},\"finish_reason\":null}]}");
        texts.add(PREFIX + "\"tool_calls\":[{\"id\":\"t1\",\"type\":\"function\",\"function\":{\"name\":\"f\","
                + "\"arguments\":\"{}\"},\"index\":0}]},\"finish_reason\":null}]}");
        texts.add(PREFIX + "\"content\":\"back\"},\"finish_reason\":null}]}");
        texts.add(PREFIX.replace("cmpl-1", "cmpl-2") + "\"content\":\"another id\"},\"finish_reason\":null}]}");
        texts.add(PREFIX + "\"content\":\"\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,"
                + "\"completion_tokens\":9,\"total_tokens\":14}}");
        texts.add(PREFIX + "\"content\":\"b\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,"
                + "\"completion_tokens\":9,\"total_tokens\":14}}");

        assertReadsAsGson(texts);
    }

    @Test
    void randomStreamsReadAsGsonReadsEachChunk() {
        Random random = new Random(20261207);
        List<String> texts = new ArrayList<>();
        String[] pieces = {"a", " ", "\"", "\\", "é", "😀", "\n", "\u0001", "}", ",", ":", "[", "\"content\":", "x"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder content = new StringBuilder();
            for (int p = random.nextInt(4); p > 0; p--) {
                content.append(pieces[random.nextInt(pieces.length)]);
            }
            String id = random.nextInt(20) == 0 ? "cmpl-" + random.nextInt(3) : "cmpl-1";
            String role = random.nextInt(15) == 0 ? "\"role\":\"assistant\"," : "";
            String finish = random.nextInt(15) == 0 ? "\"stop\"" : "null";
            String choice = "{\"index\":0,\"delta\":{" + role + "\"content\":" + gson.toJson(content.toString()) + "},"
                    + "\"finish_reason\":" + finish + "}";
            String choices = random.nextInt(30) == 0 ? choice + "," + choice.replace("\"index\":0", "\"index\":1") : choice;
            String usage = random.nextInt(30) == 0 ? ",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":"
                    + random.nextInt(100) + ",\"total_tokens\":101}" : "";
            texts.add("{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,"
                    + "\"model\":\"mistral-small-latest\",\"choices\":[" + choices + "]" + usage + "}");
        }

        assertReadsAsGson(texts);
    }

    @Test
    void aMalformedChunkFailsAsGsonFailsAndTheNextIsReadAgain() {
        StreamChunkReader reader = codec.streamChunkReader();
        reader.read(PREFIX + "\"content\":\"a\"},\"finish_reason\":null}]}");

        assertThatThrownBy(() -> reader.read(PREFIX + "\"content\":\"b\"},\"finish_reason\":null}"))
                .isInstanceOf(JsonParseException.class);
        String next = PREFIX + "\"content\":\"c\"},\"finish_reason\":null}]}";
        assertThat(reader.read(next)).usingRecursiveComparison().isEqualTo(gson.fromJson(next, CompletionChunk.class));
    }

    private void assertReadsAsGson(List<String> texts) {
        StreamChunkReader reader = codec.streamChunkReader();
        for (String text : texts) {
            assertThat(reader.read(text)).as(text).usingRecursiveComparison()
                    .isEqualTo(gson.fromJson(text, CompletionChunk.class));
        }
    }
}
