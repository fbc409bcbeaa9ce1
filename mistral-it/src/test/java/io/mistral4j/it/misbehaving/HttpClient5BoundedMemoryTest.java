package io.mistral4j.it.misbehaving;

/** The bounded-memory cases on the httpclient5 transport, in child JVMs with a small heap. */
class HttpClient5BoundedMemoryTest extends BoundedMemorySuite {

    @Override
    String transport() {
        return "httpclient5";
    }
}
