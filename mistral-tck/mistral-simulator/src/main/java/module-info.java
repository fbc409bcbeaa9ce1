/**
 * The Mistral API simulator and its JUnit 5 extension. Only the simulator's facade and the
 * extension are exported; routes, state and wire handling stay internal.
 */
module io.mistral4j.simulator {
    requires transitive io.mistral4j.api;
    requires transitive org.junit.jupiter.api;
    requires com.google.gson;
    requires jdk.httpserver;

    exports io.mistral4j.tck.simulator;
    exports io.mistral4j.tck.simulator.audio;
    exports io.mistral4j.tck.junit;
}
