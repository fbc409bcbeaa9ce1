package io.mistral4j.tck.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.mistral4j.tck.simulator.ResourceSchemas.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

/** The files routes over raw HTTP: multipart parsing, validation like the API, spec-shaped answers. */
class FilesRoutesTest {

    private MistralSimulator sim;

    @BeforeEach
    void start() {
        sim = MistralSimulator.builder().clock(SimulatedClock.frozen()).start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static byte[] multipart(String boundary, String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(("--" + boundary + "\r\n" + part + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String field(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
    }

    private static String file(String filename, String contentType, String content) {
        return "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n" + content;
    }

    private TestHttp.Response upload(byte[] body) {
        return TestHttp.send(TestHttp.request(sim, "/v1/files")
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void anUploadIsDescribedAsTheSpecSays() {
        TestHttp.Response r = upload(multipart("b0undary",
                file("data.jsonl", "application/octet-stream", "{\"a\":1}\n{\"a\":2}\n{\"a\":3}"),
                field("purpose", "batch"), field("visibility", "user")));

        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertConforms(ResourceSchemas.FILE, body);
        assertThat(body.has("deleted")).as("upload answers are UploadFileOut").isFalse();
        assertThat(body.get("bytes").getAsLong()).isEqualTo(23);
        assertThat(body.get("num_lines").getAsLong()).as("a last line without a line break counts").isEqualTo(3);
        assertThat(body.get("purpose").getAsString()).isEqualTo("batch");
        assertThat(body.get("sample_type").getAsString()).isEqualTo("batch_request");
        assertThat(body.get("mimetype").getAsString()).isEqualTo("application/jsonl");
        assertThat(body.get("visibility").getAsString()).isEqualTo("user");
        assertThat(body.get("signature").getAsString()).matches("[0-9a-f]{16}");
        assertThat(body.get("id").getAsString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        String id = body.get("id").getAsString();
        assertConforms(ResourceSchemas.RETRIEVED_FILE, TestHttp.get(sim, "/v1/files/" + id).json());
        assertConforms(ResourceSchemas.FILE_LIST, TestHttp.get(sim, "/v1/files").json());
        assertConforms(ResourceSchemas.SIGNED_URL, TestHttp.get(sim, "/v1/files/" + id + "/url").json());
        HttpResponse<byte[]> content = bytes("/v1/files/" + id + "/content");
        assertThat(content.headers().firstValue("content-type")).contains("application/octet-stream");
        assertThat(content.headers().firstValue("content-disposition")).contains("attachment; filename=\"data.jsonl\"");
        assertThat(new String(content.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n{\"a\":2}\n{\"a\":3}");
        TestHttp.Response deleted = TestHttp.send(TestHttp.request(sim, "/v1/files/" + id).DELETE().build());
        assertConforms(ResourceSchemas.DELETED, deleted.json());
        assertThat(TestHttp.get(sim, "/v1/files/" + id).status()).isEqualTo(404);
    }

    @Test
    void aMissingFileOrAWrongFieldIsA422InPydanticsShape() {
        TestHttp.Response noFile = upload(multipart("b0undary", field("purpose", "batch")));
        assertThat(noFile.status()).isEqualTo(422);
        JsonObject missing = noFile.json().getAsJsonArray("detail").get(0).getAsJsonObject();
        assertThat(missing.get("type").getAsString()).isEqualTo("missing");
        assertThat(missing.getAsJsonArray("loc").toString()).isEqualTo("[\"body\",\"file\"]");

        TestHttp.Response wrong = upload(multipart("b0undary", field("purpose", "training"), field("expiry", "soon"),
                file("x.txt", null, "x")));
        assertThat(wrong.status()).isEqualTo(422);
        JsonArray detail = wrong.json().getAsJsonArray("detail");
        assertThat(detail).hasSize(2);
        assertThat(detail.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("enum");
        assertThat(detail.get(0).getAsJsonObject().get("msg").getAsString())
                .isEqualTo("Input should be 'fine-tune', 'batch' or 'ocr'");
        assertThat(detail.get(1).getAsJsonObject().get("type").getAsString()).isEqualTo("int_parsing");

        TestHttp.Response notMultipart = TestHttp.post(sim, "/v1/files", "{}");
        assertThat(notMultipart.status()).isEqualTo(422);
        assertThat(TestHttp.get(sim, "/v1/files").json().get("total").getAsInt()).as("nothing stored").isZero();
    }

    @Test
    void queryAndPathParametersAreValidated() {
        TestHttp.Response badPage = TestHttp.get(sim, "/v1/files?page_size=ten&sample_type=instruct&sample_type=video");
        assertThat(badPage.status()).isEqualTo(422);
        JsonArray detail = badPage.json().getAsJsonArray("detail");
        assertThat(detail.get(0).getAsJsonObject().get("loc").toString()).isEqualTo("[\"query\",\"page_size\"]");
        assertThat(detail.get(1).getAsJsonObject().get("loc").toString()).isEqualTo("[\"query\",\"sample_type\",1]");

        TestHttp.Response badId = TestHttp.get(sim, "/v1/files/not-a-uuid");
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.json().getAsJsonArray("detail").get(0).getAsJsonObject().get("type").getAsString())
                .isEqualTo("uuid_parsing");
    }

    @Test
    void uploadsAreNotRecordedInMemoryButTheRequestIs() {
        upload(multipart("b0undary", file("a.bin", null, "payload")));

        RecordedRequest recorded = sim.requests().get(0);
        assertThat(recorded.path()).isEqualTo("/v1/files");
        assertThat(recorded.header("content-type")).startsWith("multipart/form-data");
        assertThat(recorded.body()).isEmpty();
    }

    @Test
    void anUnauthenticatedUploadIsRefused() {
        TestHttp.Response r = TestHttp.send(HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/v1/files"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b", file("a", null, "x")))).build());

        assertThat(r.status()).isEqualTo(401);
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return TestHttp.CLIENT.send(TestHttp.request(sim, path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
