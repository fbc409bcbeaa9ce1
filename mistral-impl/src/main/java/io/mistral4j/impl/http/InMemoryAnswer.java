package io.mistral4j.impl.http;

/** An answer whose body the decorator chain has already read whole; its text needs no further read or copy. */
public interface InMemoryAnswer {

    /** The body as UTF-8 text. */
    String text();
}
