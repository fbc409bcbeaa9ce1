package io.mistral4j.it.misbehaving;

/** The misbehaving-server cases on the httpclient5 transport. */
class HttpClient5MisbehavingServerTest extends MisbehavingServerSuite {

    @Override
    String transport() {
        return "httpclient5";
    }
}
