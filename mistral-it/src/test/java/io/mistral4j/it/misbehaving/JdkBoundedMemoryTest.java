package io.mistral4j.it.misbehaving;

/** The bounded-memory cases on the jdk transport, in child JVMs with a small heap. */
class JdkBoundedMemoryTest extends BoundedMemorySuite {

    @Override
    String transport() {
        return "jdk";
    }
}
