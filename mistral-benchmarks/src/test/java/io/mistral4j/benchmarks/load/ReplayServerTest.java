package io.mistral4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.benchmarks.Payloads;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.tck.simulator.EmbeddingNumbers;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load driver's fast server: the simulator's answers, framed as the wire shape says, over real sockets. */
class ReplayServerTest {

    private static final String KEY = "sk-replay-test";
    private static ReplayServer.Answers answers;
    private static ReplayServer server;

    @BeforeAll
    static void start() throws Exception {
        try (MistralSimulator simulator = MistralSimulator.builder().apiKey(KEY).answerCharacters(200)
                .streamEvents(1000).embeddingNumbers(EmbeddingNumbers.WIDENED).start()) {
            answers = ReplayServer.Answers.capture(simulator.baseUrl(), KEY, 10);
        }
        server = ReplayServer.start(answers);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aStreamIsTheHeadThenOneWritePerTenEventsEachEventAChunkOfItsOwn() {
        List<byte[]> writes = answers.streamWrites;
        assertThat(new String(writes.get(0), StandardCharsets.US_ASCII))
                .startsWith("HTTP/1.1 200 OK\r\n").contains("Transfer-Encoding: chunked\r\n").endsWith("\r\n\r\n");
        List<String> events = new ArrayList<>();
        for (int i = 1; i < writes.size(); i++) {
            List<String> chunks = chunks(new String(writes.get(i), StandardCharsets.UTF_8));
            boolean last = i == writes.size() - 1;
            assertThat(chunks.size()).as("chunks in write " + i).isEqualTo(last ? chunks.size() : 10);
            for (String chunk : chunks) {
                assertThat(chunk).startsWith("data: ").endsWith("\n\n");
                assertThat(chunk.indexOf("\n\n")).as("one event per chunk").isEqualTo(chunk.length() - 2);
            }
            events.addAll(chunks);
        }
        // the role event, 1,000 content events, the finish event and [DONE]
        assertThat(events).hasSize(1003);
        assertThat(events.get(events.size() - 1)).isEqualTo("data: [DONE]\n\n");
        assertThat(new String(writes.get(writes.size() - 1), StandardCharsets.US_ASCII)).endsWith("\r\n0\r\n\r\n");
        assertThat(writes).hasSize(1 + 101);
    }

    @Test
    void theLibraryReadsEveryAnswerAndItsStreamsShareOneConnection() {
        long before = server.connections();
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).build()) {
            for (int i = 0; i < 100; i++) {
                int content = 0;
                try (ChatCompletionStream stream = client.chat().stream(Payloads.TYPICAL_REQUEST)) {
                    while (stream.hasNext()) {
                        CompletionChunk chunk = stream.next();
                        content += chunk.choices().get(0).delta().content() == null ? 0 : 1;
                    }
                }
                assertThat(content).isEqualTo(1002); // the role and finish events carry empty content
            }
            String answer = client.chat().complete(Payloads.TYPICAL_REQUEST).choices().get(0).message().text();
            assertThat(answer).hasSize(200);
            EmbeddingResponse embeddings = client.embeddings().create(WireRequests.embeddingRequest());
            assertThat(embeddings.data()).hasSize(32);
            assertThat(embeddings.data().get(0).vector()).hasSize(1024);
        }
        assertThat(server.connections() - before).isEqualTo(1);
    }

    @Test
    void otherPathsAreNotFoundAndTheAdminPortCountsConnections() throws Exception {
        long before = server.connections();
        String url = server.baseUrl();
        int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 404 Not Found\r\n")
                    .contains("three calls only");
        }
        System.setProperty("load.connectionsUrl", server.adminUrl() + "/connections");
        try {
            assertThat(ConnectionCount.fromProperties().read()).isEqualTo(before + 1);
        } finally {
            System.clearProperty("load.connectionsUrl");
        }
        assertThat(ConnectionCount.fromProperties().read()).isEqualTo(-1);
    }

    @Test
    void aBodyThatIsNotACompleteStreamIsRefused() {
        assertThatThrownBy(() -> ReplayServer.Answers.events("data: {}\n\ndata: {}\n\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a complete event stream");
    }

    /** The chunks' payloads of a run of HTTP/1.1 chunks (the terminating chunk ends it). */
    private static List<String> chunks(String framed) {
        List<String> chunks = new ArrayList<>();
        int at = 0;
        while (at < framed.length()) {
            int lineEnd = framed.indexOf("\r\n", at);
            int size = Integer.parseInt(framed.substring(at, lineEnd), 16);
            if (size == 0) {
                assertThat(framed.substring(lineEnd)).isEqualTo("\r\n\r\n");
                break;
            }
            String payload = framed.substring(lineEnd + 2, lineEnd + 2 + size);
            assertThat(framed.substring(lineEnd + 2 + size, lineEnd + 4 + size)).isEqualTo("\r\n");
            chunks.add(payload);
            at = lineEnd + 4 + size;
        }
        return chunks;
    }
}
