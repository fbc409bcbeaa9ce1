package io.mistral4j.impl.agents;

import io.mistral4j.agents.Agent;
import java.util.List;

/** The wire shape of one page of {@code GET /v1/agents/pages}. */
record AgentListPage(String object, List<Agent> data, String nextPageToken) {

    AgentListPage {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
