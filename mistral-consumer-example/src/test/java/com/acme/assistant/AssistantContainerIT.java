package com.acme.assistant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mistral4j.MistralClient;
import io.mistral4j.tck.testcontainers.LocalImagePolicy;
import io.mistral4j.tck.testcontainers.MistralSimulatorContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** The assistant against the simulator in a container: what a system test of Acme's service uses. */
class AssistantContainerIT {

    private static MistralSimulatorContainer simulator;

    @BeforeAll
    static void start() {
        boolean ready = DockerClientFactory.instance().isDockerAvailable()
                && LocalImagePolicy.isPresent(MistralSimulatorContainer.defaultImage());
        if (!ready && Boolean.getBoolean("mistral4j.containers.required")) {
            fail("Docker or the image " + MistralSimulatorContainer.defaultImage() + " is missing");
        }
        assumeTrue(ready, "skipped: no Docker daemon, or the image " + MistralSimulatorContainer.defaultImage()
                + " was not built");
        simulator = new MistralSimulatorContainer().withApiKey("acme-key");
        simulator.start();
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Test
    void answers() {
        try (MistralClient client = simulator.newClient()) {
            assertFalse(new Assistant(client, "mistral-small-latest").answer("Who painted the Mona Lisa?").isBlank());
        }
    }
}
