package io.mistral4j.benchmarks.load;

/** One way of making the load driver's calls: the library on a transport, or a raw baseline. */
interface LoadClient extends AutoCloseable {

    /** One non-streamed chat completion, answer read (and decoded, unless raw). */
    void chat() throws Exception;

    /**
     * One streamed chat completion read to its end.
     *
     * @param started {@link System#nanoTime()} just before the call was made
     * @return the chunks received and the nanoseconds until the first one
     */
    StreamResult stream(long started) throws Exception;

    /** One embeddings call of 32 inputs, 1024 dimensions each. */
    void embeddings() throws Exception;

    @Override
    void close();

    /** What one stream brought. */
    record StreamResult(int chunks, long firstChunkNanos) {
    }
}
