package io.mistral4j.benchmarks;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks whose names match the arguments (all when none), with a run length
 * small enough for a shared machine, set by system properties:
 * {@code bench.forks} (default 1), {@code bench.warmups} (3), {@code bench.iterations} (5),
 * {@code bench.seconds} (1, per iteration), {@code bench.profiler} (e.g. {@code gc}, none by default).
 *
 * <pre>{@code java -Dbench.iterations=3 -cp mistral-benchmarks/target/benchmarks.jar \
 *     io.mistral4j.benchmarks.RunBenchmarks Codec SseParser}</pre>
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        TimeValue seconds = TimeValue.seconds(Integer.getInteger("bench.seconds", 1));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(Integer.getInteger("bench.forks", 1))
                .warmupIterations(Integer.getInteger("bench.warmups", 3))
                .warmupTime(seconds)
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(seconds)
                .shouldFailOnError(true);
        for (String pattern : args) {
            options.include(pattern);
        }
        if (args.length == 0) {
            options.include(".*");
        }
        String profiler = System.getProperty("bench.profiler");
        if (profiler != null && !profiler.isBlank()) {
            options.addProfiler(profiler);
        }
        new Runner(options.build()).run();
    }
}
