package io.mistral4j.batch;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The results of a batch job read line by line as they are iterated, so that files of any
 * size pass through constant memory. Close it (try-with-resources) to release the file or
 * connection it reads from. Iterate it once.
 *
 * @param <T> the answer type
 */
public interface BatchResults<T> extends Iterable<BatchResult<T>>, AutoCloseable {

    @Override
    Iterator<BatchResult<T>> iterator();

    /** The results as a sequential stream; closing the stream closes this. */
    default Stream<BatchResult<T>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    @Override
    void close();
}
