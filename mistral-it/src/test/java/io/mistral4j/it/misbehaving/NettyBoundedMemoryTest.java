package io.mistral4j.it.misbehaving;

/** The bounded-memory cases on the netty transport, in child JVMs with a small heap. */
class NettyBoundedMemoryTest extends BoundedMemorySuite {

    @Override
    String transport() {
        return "netty";
    }
}
