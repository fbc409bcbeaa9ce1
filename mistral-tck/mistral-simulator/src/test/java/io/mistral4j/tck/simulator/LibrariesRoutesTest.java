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
    private static final String STR = "{\"type\":\"string\"}";
    private static final String INT = "{\"type\":\"integer\"}";
    private static final String STR_OR_NULL = "{\"type\":[\"string\",\"null\"]}";
    private static final String INT_OR_NULL = "{\"type\":[\"integer\",\"null\"]}";
    private static final String PROCESS_STATUS = "{\"enum\":[\"self_managed\",\"missing_content\",\"noop\","
            + "\"done\",\"todo\",\"in_progress\",\"error\",\"waiting_for_capacity\"]}";
    /** The spec's {@code Library}: required fields and types. */
    static final String LIBRARY = "{\"type\":\"object\",\"required\":[\"id\",\"name\",\"created_at\","
            + "\"updated_at\",\"owner_id\",\"owner_type\",\"total_size\",\"nb_documents\",\"chunk_size\"],"
            + "\"properties\":{\"id\":" + STR + ",\"name\":" + STR + ",\"created_at\":" + STR
            + ",\"updated_at\":" + STR + ",\"owner_id\":" + STR_OR_NULL + ",\"owner_type\":" + STR
            + ",\"total_size\":" + INT + ",\"nb_documents\":" + INT + ",\"chunk_size\":" + INT_OR_NULL
            + ",\"description\":" + STR_OR_NULL + "}}";
    /** The spec's {@code Document}: required fields and types. */
    static final String DOCUMENT = "{\"type\":\"object\",\"required\":[\"id\",\"library_id\",\"hash\","
            + "\"mime_type\",\"extension\",\"size\",\"name\",\"created_at\",\"process_status\","
            + "\"uploaded_by_id\",\"uploaded_by_type\",\"processing_status\",\"tokens_processing_total\"],"
            + "\"properties\":{\"id\":" + STR + ",\"library_id\":" + STR + ",\"hash\":" + STR_OR_NULL
            + ",\"mime_type\":" + STR_OR_NULL + ",\"extension\":" + STR_OR_NULL + ",\"size\":" + INT_OR_NULL
            + ",\"name\":" + STR + ",\"summary\":" + STR_OR_NULL + ",\"created_at\":" + STR
            + ",\"last_processed_at\":" + STR_OR_NULL + ",\"number_of_pages\":" + INT_OR_NULL
            + ",\"process_status\":" + PROCESS_STATUS + ",\"uploaded_by_id\":" + STR_OR_NULL
            + ",\"uploaded_by_type\":" + STR + ",\"url\":" + STR_OR_NULL + ",\"expires_at\":" + STR_OR_NULL
            + ",\"processing_status\":" + STR + ",\"tokens_processing_total\":" + INT + "}}";
    /** The spec's {@code Sharing}. */
    static final String SHARING = "{\"type\":\"object\",\"required\":[\"library_id\",\"org_id\",\"role\","
            + "\"share_with_type\",\"share_with_uuid\"],\"properties\":{\"library_id\":" + STR
            + ",\"user_id\":" + STR_OR_NULL + ",\"org_id\":" + STR + ",\"role\":" + STR
            + ",\"share_with_type\":" + STR + ",\"share_with_uuid\":" + STR_OR_NULL + "}}";

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

    @Test
    void answersHaveTheShapesOfTheSpec() {
        String library = library();
        ResourceSchemas.assertConforms(LIBRARY, TestHttp.get(sim, "/v1/libraries/" + library).json());
        JsonObject document = upload(library, "notes.txt", "some notes");
        ResourceSchemas.assertConforms(DOCUMENT, document);
        sim.clock().advance(Duration.ofSeconds(10));
        JsonObject done = TestHttp.get(sim, "/v1/libraries/" + library + "/documents/"
                + document.get("id").getAsString()).json();
        ResourceSchemas.assertConforms(DOCUMENT, done);
        assertThat(done.get("last_processed_at").getAsString()).isNotEmpty();
        JsonObject list = TestHttp.get(sim, "/v1/libraries/" + library + "/documents").json();
        assertThat(list.getAsJsonObject("pagination").get("total_items").getAsInt()).isEqualTo(1);
        ResourceSchemas.assertConforms(DOCUMENT, list.getAsJsonArray("data").get(0));
        TestHttp.get(sim, "/v1/libraries/" + library + "/share").json().getAsJsonArray("data")
                .forEach(sharing -> ResourceSchemas.assertConforms(SHARING, sharing));
        assertThat(TestHttp.get(sim, "/v1/libraries").json().getAsJsonArray("data")).hasSize(1);
    }
}
