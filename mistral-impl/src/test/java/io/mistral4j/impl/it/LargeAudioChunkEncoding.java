package io.mistral4j.impl.it;

import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.UserMessage;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.spi.RequestBody;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the chat request body of a large audio file, given as a path, into a counter and
 * prints one line saying whether every byte arrived: the file is sparse (all zeros, so its
 * encoding is {@code AAAA...} and its padding) and larger than the heap this runs in, so holding its
 * encoding would fail. Run by {@link LargeAudioChunkMemoryTest}.
 *
 * <p>Arguments: a directory for the file, its size in bytes. Exit status 0 when the body is whole.
 */
public final class LargeAudioChunkEncoding {

    private LargeAudioChunkEncoding() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[1]);
        Path file = Files.createTempFile(Path.of(args[0]), "silence", ".wav");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("voxtral-mini-latest")
                .addMessage(UserMessage.of(AudioChunk.of(file))).build();
        RequestBody body = new JsonCodec().toJsonBody(request, null);

        long total = 0;
        long encodedZeros = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body.openStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    encodedZeros += buffer[i] == 'A' ? 1 : 0;
                }
                total += n;
            }
        }
        // Every character of the encoding but its padding is an A; the JSON around it holds none.
        long expectedZeros = (size * 4 + 2) / 3;
        boolean ok = total == body.contentLength() && encodedZeros == expectedZeros;
        System.out.println("ENCODED ok=" + ok + " bytes=" + total + " announced=" + body.contentLength()
                + " encodedZeros=" + encodedZeros + " maxHeapBytes=" + Runtime.getRuntime().maxMemory());
        System.exit(ok ? 0 : 1);
    }
}
