package io.mistral4j.benchmarks.load;

/** Keeps results reachable so that the JIT cannot drop the work that made them. */
final class Blackhole {

    private static volatile Object sink;

    private Blackhole() {
    }

    static void consume(Object value) {
        sink = value;
    }
}
