/** An {@link io.mistral4j.spi.HttpTransport} on Apache HttpClient 5, found through ServiceLoader. */
module io.mistral4j.transport.httpclient5 {
    requires io.mistral4j.api;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires org.apache.httpcomponents.core5.httpcore5.h2;
    // HttpCore 5 sets TCP keep-alive options through jdk.net.Sockets; as an automatic module it
    // cannot ask for jdk.net itself, so it is resolved here.
    requires jdk.net;

    exports io.mistral4j.transport.httpclient5;

    provides io.mistral4j.spi.HttpTransportProvider
            with io.mistral4j.transport.httpclient5.HttpClient5TransportProvider;
}
