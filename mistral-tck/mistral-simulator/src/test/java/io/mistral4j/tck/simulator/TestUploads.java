package io.mistral4j.tck.simulator;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Uploads a text file to a simulator as multipart, the way clients do. */
final class TestUploads {

    private TestUploads() {
    }

    /** Uploads {@code content} under {@code filename} with {@code purpose}; returns the file id. */
    static String upload(MistralSimulator sim, String filename, String purpose, String content) {
        String boundary = "test-boundary-7f3a";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n" + purpose
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/jsonl\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        TestHttp.Response r = TestHttp.send(TestHttp.request(sim, "/v1/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        if (r.status() != 200) {
            throw new IllegalStateException("upload failed: " + r.status() + " " + r.body());
        }
        return r.json().get("id").getAsString();
    }
}
