package io.mistral4j.benchmarks;

import io.mistral4j.embeddings.EmbeddingResponse;
import io.mistral4j.impl.json.JsonCodec;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a 32 x 1024 embeddings answer with the client's codec, in the two number formats
 * servers print float32 embeddings in: {@code shortest}, the shortest text that reads back as
 * the same float ({@code Float.toString}, up to 9 significant digits, e.g. {@code 0.012345679}),
 * and {@code widened}, the float widened to double and printed as a double
 * ({@code Double.toString((double) f)}, up to 17 significant digits, e.g.
 * {@code 0.012345679104328156}). The second is where a parser's fast path for short
 * significands stops helping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EmbeddingsDecodingBenchmark {

    @Param({"shortest", "widened"})
    public String format;

    private final JsonCodec codec = new JsonCodec();
    private String answer;

    @Setup
    public void writeAnswer() {
        answer = embeddingsAnswer(32, 1024, "widened".equals(format));
    }

    @Benchmark
    public EmbeddingResponse decode32x1024() {
        return codec.fromJson(answer, EmbeddingResponse.class);
    }

    /** An answer of {@code vectors} vectors of {@code dimension} values, each a float32 printed one way or the other. */
    static String embeddingsAnswer(int vectors, int dimension, boolean widened) {
        SplittableRandom random = new SplittableRandom(1024);
        StringBuilder json = new StringBuilder(vectors * dimension * (widened ? 22 : 13))
                .append("{\"id\":\"emb-bench\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":[");
        for (int v = 0; v < vectors; v++) {
            json.append(v == 0 ? "" : ",").append("{\"object\":\"embedding\",\"embedding\":[");
            for (int i = 0; i < dimension; i++) {
                float value = (float) (random.nextGaussian() / 32);
                json.append(i == 0 ? "" : ",").append(widened ? Double.toString(value) : Float.toString(value));
            }
            json.append("],\"index\":").append(v).append('}');
        }
        return json.append("],\"usage\":{\"prompt_tokens\":640,\"total_tokens\":640,\"completion_tokens\":0}}")
                .toString();
    }
}
