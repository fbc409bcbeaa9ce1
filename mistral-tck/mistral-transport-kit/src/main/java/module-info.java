/** The transport verification kit: JUnit 5 tests a transport's own test class extends. */
module io.mistral4j.transportkit {
    requires transitive io.mistral4j.api;
    requires transitive org.junit.jupiter.api;
    requires org.opentest4j;

    exports io.mistral4j.tck.transport;
    // JUnit calls the kit's test methods reflectively on the subclass a transport writes.
    opens io.mistral4j.tck.transport to org.junit.platform.commons;

    uses io.mistral4j.spi.HttpTransportProvider;
}
