package io.mistral4j.tck.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load-test shapes: answer length, stream length, events per flush (each event still a chunk
 * of its own; surefire opens the JDK's server package for it) and widened embeddings numbers.
 */
class LoadShapeOptionsTest {

    private static final String CHAT = "{\"model\":\"mistral-small-latest\",\"messages\":[{\"role\":\"user\","
            + "\"content\":\"Tell me about the Loire valley\"}]";

    @Test
    void aStreamOfAThousandEventsFlushedTenAtATimeKeepsAChunkPerEvent() throws Exception {
        try (MistralSimulator simulator = SimulatorOptions.parse("--port", "0", "--stream-events", "1000",
                "--events-per-flush", "10").builder().start()) {
            List<String> chunks = chunks(post(simulator, "/v1/chat/completions", CHAT + ",\"stream\":true}"));

            assertThat(chunks).hasSize(1000 + 3); // the role event, the content, the finish event, [DONE]
            assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).startsWith("data: ").endsWith("\n\n")
                    .containsOnlyOnce("data: "));
            assertThat(chunks.get(chunks.size() - 1)).isEqualTo("data: [DONE]\n\n");
            StringBuilder text = new StringBuilder();
            for (String chunk : chunks.subList(1, 1001)) {
                JsonObject delta = JsonParser.parseString(chunk.substring(6)).getAsJsonObject()
                        .getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("delta");
                text.append(delta.get("content").getAsString());
            }
            assertThat(text.toString().trim().split(" ")).hasSize(1000);
        }
    }

    @Test
    void plainAnswersHaveTheAskedLength() throws Exception {
        try (MistralSimulator simulator = SimulatorOptions.parse("--port", "0", "--answer-chars", "200").builder()
                .start()) {
            String body = body(post(simulator, "/v1/chat/completions", CHAT + "}"));
            String content = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("choices").get(0)
                    .getAsJsonObject().getAsJsonObject("message").get("content").getAsString();
            assertThat(content).hasSize(200);
        }
    }

    @Test
    void widenedEmbeddingsPrintTheSameFloatsInSeventeenDigits() throws Exception {
        String request = "{\"model\":\"mistral-embed\",\"input\":[\"the museum opens at nine\"]}";
        List<String> shortest;
        List<String> widened;
        try (MistralSimulator simulator = SimulatorOptions.parse("--port", "0").builder().start()) {
            shortest = numbers(body(post(simulator, "/v1/embeddings", request)));
        }
        try (MistralSimulator simulator = SimulatorOptions.parse("--port", "0", "--embedding-numbers", "widened")
                .builder().start()) {
            widened = numbers(body(post(simulator, "/v1/embeddings", request)));
        }
        assertThat(widened).hasSameSizeAs(shortest).hasSize(1024);
        for (int i = 0; i < shortest.size(); i++) {
            float value = Float.parseFloat(shortest.get(i));
            assertThat(widened.get(i)).isEqualTo(Double.toString((double) value));
            assertThat(Float.parseFloat(widened.get(i))).isEqualTo(value);
        }
        assertThat(widened).anySatisfy(text -> assertThat(text.replaceAll("[^0-9]", "").replaceFirst("^0+", ""))
                .hasSizeGreaterThan(9));
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThatThrownBy(() -> SimulatorOptions.parse("--embedding-numbers", "long"))
                .isInstanceOf(UsageException.class).hasMessageContaining("shortest or widened");
        assertThatThrownBy(() -> SimulatorOptions.parse("--events-per-flush", "0"))
                .isInstanceOf(UsageException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SimulatorOptions.parse("--stream-events", "-1"))
                .isInstanceOf(UsageException.class);
        assertThat(Option.usage()).contains("--stream-events", "--events-per-flush", "--embedding-numbers",
                "--answer-chars");
    }

    private static List<String> numbers(String body) {
        JsonArray values = JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("data").get(0)
                .getAsJsonObject().getAsJsonArray("embedding");
        List<String> texts = new ArrayList<>();
        for (JsonElement value : values) {
            texts.add(value.getAsJsonPrimitive().getAsString());
        }
        return texts;
    }

    /** The raw response, read to the end of a connection the request asks to close. */
    private static byte[] post(MistralSimulator simulator, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer k\r\n"
                    + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    private static int bodyStart(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("HTTP/1.1 200");
        return text.indexOf("\r\n\r\n") + 4;
    }

    private static String body(byte[] response) {
        int start = bodyStart(response);
        return new String(response, start, response.length - start, StandardCharsets.UTF_8);
    }

    /** The chunks of a chunked body, the terminating zero-length one checked and left out. */
    private static List<String> chunks(byte[] response) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(response);
        in.skip(bodyStart(response));
        List<String> chunks = new ArrayList<>();
        while (true) {
            int size = Integer.parseInt(line(in), 16);
            byte[] data = new byte[size];
            assertThat(in.readNBytes(data, 0, size)).isEqualTo(size);
            assertThat(line(in)).isEmpty();
            if (size == 0) {
                assertThat(in.available()).isZero();
                return chunks;
            }
            chunks.add(new String(data, StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        try {
            while ((b = in.read()) != '\r') {
                assertThat(b).isNotNegative();
                line.write(b);
            }
            assertThat(in.read()).isEqualTo('\n');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
