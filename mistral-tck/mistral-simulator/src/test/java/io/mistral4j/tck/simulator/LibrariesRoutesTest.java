package io.mistral4j.tck.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The libraries routes over raw HTTP: validation like the API (422 naming the place), the
 * processing timeline on the simulated clock to the second, and sharing.
 */
class LibrariesRoutesTest {

    private static final String OTHER = "3f1c0a52-7d7e-4c2b-9a51-0c5e6f7a8b9c";

    private MistralSimulator sim;

    @BeforeEach
    void start() {
        sim = MistralSimulator.builder().clock(SimulatedClock.frozen()).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String library() {
        TestHttp.Response created = TestHttp.post(sim, "/v1/libraries", "{\"name\":\"docs\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").getAsString();
    }

    private JsonObject upload(String library, String filename, String content) {
        String boundary = "lib-boundary-1c2d";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        TestHttp.Response r = TestHttp.send(TestHttp.request(sim, "/v1/libraries/" + library + "/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static List<String> locOf(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("detail").get(0)
                .getAsJsonObject().getAsJsonArray("loc").asList().stream().map(e -> e.getAsString()).toList();
    }

    @Test
    void invalidInputIsA422NamingWhere() {
        assertThat(locOf(TestHttp.get(sim, "/v1/libraries/not-a-uuid"))).containsExactly("path", "library_id");
        assertThat(locOf(TestHttp.post(sim, "/v1/libraries", "{\"description\":\"x\"}"))).containsExactly("body", "name");
        assertThat(locOf(TestHttp.post(sim, "/v1/libraries", "{\"name\":\"x\",\"chunk_size\":40000}")))
                .containsExactly("body", "chunk_size");
        assertThat(locOf(TestHttp.get(sim, "/v1/libraries?page_size=0"))).containsExactly("query", "page_size");
        String library = library();
        assertThat(locOf(TestHttp.get(sim, "/v1/libraries/" + library + "/documents?sort_order=up")))
                .containsExactly("query", "sort_order");
        assertThat(locOf(TestHttp.send(TestHttp.request(sim, "/v1/libraries/" + library + "/share")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"level\":\"Owner\",\"share_with_uuid\":\"" + OTHER
                        + "\",\"share_with_type\":\"User\"}")).build())))
                .containsExactly("body", "level");
        assertThat(TestHttp.get(sim, "/v1/libraries/" + OTHER).status()).isEqualTo(404);
    }

    @Test
    void aDocumentIsProcessedOnTheSimulatedClockToTheSecond() {
        String library = library();
        JsonObject document = upload(library, "two-pages.pdf", "%PDF-1.4\n<< /Type /Page >>\n<< /Type /Page >>\n"
                + "<< /Type /Pages >>\nBT (First page) Tj ET\nBT (Second page) Tj ET\n%%EOF");
        assertThat(document.get("number_of_pages").getAsInt()).isEqualTo(2);
        String status = "/v1/libraries/" + library + "/documents/" + document.get("id").getAsString() + "/status";
        // one second queued, then two seconds plus one a page in progress
        record Step(long seconds, String status) {
        }
        for (Step step : List.of(new Step(0, "todo"), new Step(1, "in_progress"), new Step(3, "in_progress"),
                new Step(1, "done"))) {
            sim.clock().advance(Duration.ofSeconds(step.seconds()));
            assertThat(TestHttp.get(sim, status).json().get("process_status").getAsString())
                    .as("after %s more seconds", step.seconds()).isEqualTo(step.status());
        }
        JsonObject text = TestHttp.get(sim, "/v1/libraries/" + library + "/documents/"
                + document.get("id").getAsString() + "/text_content").json();
        assertThat(text.get("text").getAsString()).isEqualTo("First page\nSecond page");
    }

    @Test
    void aBinaryUploadHasNoTextAndEndsMissingContent() {
        String library = library();
        JsonObject document = upload(library, "image.bin", "\u0001\u0002\u0003");
        sim.clock().advance(Duration.ofSeconds(10));
        String path = "/v1/libraries/" + library + "/documents/" + document.get("id").getAsString();
        assertThat(TestHttp.get(sim, path).json().get("process_status").getAsString()).isEqualTo("missing_content");
        assertThat(TestHttp.get(sim, "/v1/libraries/" + library).json().get("nb_documents").getAsInt()).isEqualTo(1);
    }
}
