package io.mistral4j.it.misbehaving;

/** The misbehaving-server cases on the netty transport. */
class NettyMisbehavingServerTest extends MisbehavingServerSuite {

    @Override
    String transport() {
        return "netty";
    }
}
