package io.mistral4j.it.misbehaving;

/** The misbehaving-server cases on the jdk transport. */
class JdkMisbehavingServerTest extends MisbehavingServerSuite {

    @Override
    String transport() {
        return "jdk";
    }
}
