package com.acme.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mistral4j.MistralClient;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The assistant against the in-process simulator, one per test class. */
class AssistantTest {

    @RegisterExtension
    static final MistralSimulatorExtension simulator = new MistralSimulatorExtension();

    @Test
    void answersAndSendsOneChatRequest() {
        try (MistralClient client = simulator.newClient()) {
            String answer = new Assistant(client, "mistral-small-latest").answer("Who painted the Mona Lisa?");

            assertFalse(answer.isBlank());
        }
        assertEquals(1, simulator.requests().size());
        assertTrue(simulator.requests().get(0).body().contains("Answer in one sentence."));
    }
}
