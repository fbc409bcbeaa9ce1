/** ArchUnit rules that keep a build's use of Mistral4J on its API. */
module io.mistral4j.archrules {
    requires transitive com.tngtech.archunit;
    requires transitive com.tngtech.archunit.junit5.api;

    exports io.mistral4j.tck.arch;
}
