package io.mistral4j.impl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.impl.body.StreamedJsonBody;
import io.mistral4j.spi.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request bodies whose audio is encoded while they are read are byte for byte the JSON written at once. */
class StreamedAudioBodyTest {

    private final JsonCodec codec = new JsonCodec();

    @TempDir
    Path dir;

    private static byte[] audio(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static ChatCompletionRequest ask(AudioChunk... audio) {
        List<ContentChunk> content = new ArrayList<>();
        content.add(new TextChunk("Who speaks? \"quoted\" \u00e9"));
        content.addAll(List.of(audio));
        return ChatCompletionRequest.builder().model("voxtral-mini-latest").addMessage(UserMessage.of(content)).build();
    }

    private static byte[] read(RequestBody body) throws IOException {
        try (InputStream in = body.openStream()) {
            return in.readAllBytes();
        }
    }

    private static JsonObject streamField() {
        JsonObject fields = new JsonObject();
        fields.add("stream", new JsonPrimitive(true));
        return fields;
    }

    @Test
    void aFileIsStreamedAsTheBytesTheInMemoryEncodingWrites() throws IOException {
        Path file = Files.write(dir.resolve("small.wav"), audio(1001, 1));
        ChatCompletionRequest request = ask(AudioChunk.of(file));

        RequestBody body = codec.toJsonBody(request, streamField());

        assertThat(body).isInstanceOf(StreamedJsonBody.class);
        byte[] whole = codec.toJsonBytes(request, streamField());
        assertThat(read(body)).isEqualTo(whole);
        assertThat(body.contentLength()).isEqualTo(whole.length);
        assertThat(body.isRepeatable()).isTrue();
        assertThat(read(body)).as("read again, as a retry does").isEqualTo(whole);
        assertThat(new String(whole, java.nio.charset.StandardCharsets.UTF_8))
                .contains(AudioChunk.of(Files.readAllBytes(file)).inputAudio());
    }

    @Test
    void smallAudioBytesStayInTheJsonTextAndLargeOnesAreStreamed() throws IOException {
        ChatCompletionRequest small = ask(AudioChunk.of(audio(1000, 2)));
        assertThat(codec.toJsonBody(small, null)).isInstanceOf(RequestBody.Bytes.class);
        assertThat(read(codec.toJsonBody(small, null))).isEqualTo(codec.toJsonBytes(small));

        ChatCompletionRequest large = ask(AudioChunk.of(audio(AudioChunkAdapter.STREAMED_FROM + 2, 3)));
        RequestBody body = codec.toJsonBody(large, null);
        assertThat(body).isInstanceOf(StreamedJsonBody.class);
        assertThat(read(body)).isEqualTo(codec.toJsonBytes(large));
    }

    @Test
    void severalStreamedValuesKeepTheirPlaces() throws IOException {
        Path first = Files.write(dir.resolve("first.wav"), audio(3, 4));
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        ChatCompletionRequest request = ask(AudioChunk.of(first), new AudioChunk("given"), AudioChunk.of(empty),
                AudioChunk.of(audio(AudioChunkAdapter.STREAMED_FROM, 5)), AudioChunk.of(first));

        RequestBody body = codec.toJsonBody(request, null);

        assertThat(read(body)).isEqualTo(codec.toJsonBytes(request));
        assertThat(body.contentLength()).isEqualTo(codec.toJsonBytes(request).length);
    }

    @Test
    void editingTheTemplateKeepsTheStreamedValues() throws IOException {
        Path file = Files.write(dir.resolve("edited.wav"), audio(50, 6));
        ChatCompletionRequest request = ask(AudioChunk.of(file));
        StreamedJsonBody body = (StreamedJsonBody) codec.toJsonBody(request, null);

        RequestBody edited = body.withTemplate(body.template().replace("\"model\"", "\"safe_prompt\":true,\"model\""));

        assertThat(new String(read(edited), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(codec.toJsonBytes(request), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"model\"", "\"safe_prompt\":true,\"model\""));
        assertThat(body.template()).doesNotContain(AudioChunk.of(file).inputAudio());
    }

    @Test
    void aFileThatChangedSizeSinceTheBodyWasMadeFailsTheSend() throws IOException {
        Path file = Files.write(dir.resolve("growing.wav"), audio(30, 7));
        RequestBody body = codec.toJsonBody(ask(AudioChunk.of(file)), null);
        Files.write(file, audio(40, 8));

        assertThatThrownBy(() -> read(body)).isInstanceOf(IOException.class).hasMessageContaining("30");
    }

    @Test
    void outsideARequestBodyAudioIsWrittenWholeAndReadBackAsText() throws IOException {
        byte[] wav = audio(AudioChunkAdapter.STREAMED_FROM + 1, 9);
        Path file = Files.write(dir.resolve("whole.wav"), wav);

        String json = codec.toJson(AudioChunk.of(file));

        AudioChunk read = codec.fromJson(json, AudioChunk.class);
        assertThat(read.source()).isInstanceOf(AudioChunk.Encoded.class);
        assertThat(read).isEqualTo(AudioChunk.of(wav)).hasSameHashCodeAs(AudioChunk.of(wav));
    }
}
