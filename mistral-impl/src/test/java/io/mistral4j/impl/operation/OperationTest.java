package io.mistral4j.impl.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.RequestOptions;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.RequestBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a descriptor makes of the caller's input: the call that goes down the chain. */
class OperationTest {

    private record Ask(String model, String prompt) {
    }

    private record Rename(String fileId, String name) {
    }

    private static <I> ApiCall call(Operation<I, Object> operation, I input, RequestOptions options) {
        return operation.call(input, new CallSpec(new JsonCodec(), options));
    }

    private static <I> ApiCall call(Operation<I, Object> operation, I input) {
        return call(operation, input, RequestOptions.none());
    }

    private static String text(RequestBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = body.openStream()) {
            in.transferTo(out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pathParametersAreCheckedAndEncodedUnderTheArgumentsName() {
        Operation<Rename, Object> rename = Operation.<Rename, Object>patch("files.rename", "/v1/files/{fileId}/name",
                Object.class).encode((r, spec) -> spec.path("fileId", r.fileId()).json(Map.of("name", r.name()))).build();

        ApiCall sent = call(rename, new Rename("a b/c", "x"));

        assertThat(sent.path()).isEqualTo("/v1/files/a%20b%2Fc/name");
        assertThat(sent.method()).isEqualTo("PATCH");
        assertThatThrownBy(() -> call(rename, new Rename("..", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fileId");
        assertThatThrownBy(() -> call(rename, new Rename(" ", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fileId");
    }

    @Test
    void anEncoderThatLeavesAPlaceholderEmptyIsAProgrammingError() {
        Operation<String, Object> broken = Operation.<String, Object>get("files.retrieve", "/v1/files/{fileId}",
                Object.class).build();

        assertThatThrownBy(() -> call(broken, "f-1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{fileId}");
    }

    @Test
    void queryParametersKeepTheirOrderAndLeaveOutWhatIsNotSet() {
        Operation<String, Object> list = Operation.<String, Object>get("jobs.list", "/v1/jobs", Object.class)
                .encode((model, spec) -> spec.query("page", 0).query("model", model)
                        .queryEach("status", List.of("QUEUED", "RUNNING")).queryEach("created_by", List.of()))
                .build();

        ApiCall sent = call(list, null);

        assertThat(sent.query()).containsExactly(Map.entry("page", "0"));
        assertThat(sent.listQuery()).containsExactly(Map.entry("status", List.of("QUEUED", "RUNNING")));
    }

    @Test
    void aJsonBodyNamesItsModelAndAStreamingOneAsksForTheStream() throws IOException {
        Operation<Ask, Object> complete = Operation.<Ask, Object>post("chat", "/v1/chat/completions", Object.class)
                .safeToRepeat().jsonBody(Ask::model).build();
        Operation<Ask, Object> stream = Operation.<Ask, Object>post("chat", "/v1/chat/completions", Object.class)
                .safeToRepeat().streaming().jsonBody(Ask::model).build();
        Ask ask = new Ask("mistral-small-latest", "hi");

        ApiCall plain = call(complete, ask);
        ApiCall streamed = call(stream, ask);

        assertThat(plain.model()).isEqualTo("mistral-small-latest");
        assertThat(plain.request()).isSameAs(ask);
        assertThat(text(plain.body())).doesNotContain("stream");
        assertThat(streamed.streaming()).isTrue();
        assertThat(text(streamed.body())).contains("\"stream\":true").contains("\"prompt\":\"hi\"");
    }

    @Test
    void aNullRequestIsRefusedBeforeAnythingIsSent() {
        Operation<Ask, Object> complete = Operation.<Ask, Object>post("chat", "/v1/chat/completions", Object.class)
                .jsonBody(Ask::model).build();

        assertThatThrownBy(() -> call(complete, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("request");
    }

    @Test
    void readsAndDeletesAreSafeToRepeatAndOtherMethodsCreateStateUnlessDeclaredOtherwise() {
        assertThat(Operation.get("a", "/a", Object.class).build().safeToRepeat()).isTrue();
        assertThat(Operation.delete("a", "/a", Object.class).build().safeToRepeat()).isTrue();
        assertThat(Operation.post("a", "/a", Object.class).build().safeToRepeat()).isFalse();
        assertThat(Operation.patch("a", "/a", Object.class).build().safeToRepeat()).isFalse();
        assertThat(Operation.put("a", "/a", Object.class).build().safeToRepeat()).isFalse();
        assertThat(Operation.post("chat", "/a", Object.class).safeToRepeat().build().safeToRepeat()).isTrue();
    }

    @Test
    void theCallCarriesTheViewsOptionsAndTheDescriptorsSafety() {
        RequestOptions options = RequestOptions.builder().maxAttempts(1).build();
        Operation<String, Object> upload = Operation.<String, Object>post("files.upload", "/v1/files", Object.class)
                .build();

        ApiCall sent = call(upload, "x", options);

        assertThat(sent.options()).isSameAs(options);
        assertThat(sent.safeToRepeat()).isFalse();
        assertThat(sent.operation()).isEqualTo("files.upload");
    }
}
