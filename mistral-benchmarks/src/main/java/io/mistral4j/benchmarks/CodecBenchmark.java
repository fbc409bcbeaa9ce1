package io.mistral4j.benchmarks;

import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.impl.json.JsonCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client's JSON work per call, with the client's own codec: encoding a typical and a large
 * chat request (as the service sends them, non-streamed and streamed), decoding a typical
 * answer, decoding one stream event, decoding a 32 x 1024 embeddings answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {

    private static final com.google.gson.JsonObject STREAM = new com.google.gson.JsonObject();

    static {
        STREAM.addProperty("stream", true);
    }

    private final JsonCodec codec = new JsonCodec();
    private final ChatCompletionRequest typical = Payloads.TYPICAL_REQUEST;
    private final ChatCompletionRequest large = Payloads.LARGE_REQUEST;
    private final String response = Payloads.TYPICAL_RESPONSE;
    private final String chunk = Payloads.STREAM_CHUNK;
    private final String embeddings = Payloads.embeddingsAnswer(32, 1024);

    @Benchmark
    public byte[] encodeTypicalRequest() {
        return codec.toJsonBytes(typical);
    }

    @Benchmark
    public byte[] encodeTypicalStreamingRequest() {
        return codec.toJsonBytes(typical, STREAM);
    }

    @Benchmark
    public byte[] encodeLargeRequest() {
        return codec.toJsonBytes(large);
    }

    @Benchmark
    public ChatCompletionResponse decodeTypicalResponse() {
        return codec.fromJson(response, ChatCompletionResponse.class);
    }

    @Benchmark
    public CompletionChunk decodeStreamChunk() {
        return codec.fromJson(chunk, CompletionChunk.class);
    }

    /** The client's reading of a 32 x 1024 embeddings answer (one pass, floats parsed in place). */
    @Benchmark
    public EmbeddingResponse decodeEmbeddings32x1024() {
        return codec.fromJson(embeddings, EmbeddingResponse.class);
    }

    /** The same through Gson's tokenizer and the hand-written {@code Embedding} adapter. */
    @Benchmark
    public EmbeddingResponse decodeEmbeddings32x1024WithGsonTokenizer() {
        return codec.gson().fromJson(embeddings, EmbeddingResponse.class);
    }

    /** What a generic JSON library does with it: a tree of boxed numbers, no floats yet. */
    @Benchmark
    public JsonElement parseEmbeddings32x1024IntoGsonTree() {
        return JsonParser.parseString(embeddings);
    }
}
