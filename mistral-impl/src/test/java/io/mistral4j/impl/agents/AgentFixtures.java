package io.mistral4j.impl.agents;

/** Answers shaped by the spec's Agent, AgentListPage and AgentAliasResponse schemas. */
final class AgentFixtures {

    private AgentFixtures() {
    }

    /** An Agent with every required field and a few optional ones, plus a field the spec does not have. */
    static String agent(String id, String name, int version) {
        return "{\"instructions\":\"Answer like a pirate.\","
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Weather\","
                + "\"strict\":false,\"parameters\":{\"type\":\"object\"}}},"
                + "{\"type\":\"web_search\",\"tool_configuration\":null},"
                + "{\"type\":\"document_library\",\"library_ids\":[\"lib-1\"]},"
                + "{\"type\":\"connector\",\"connector_id\":\"conn-1\",\"authorization\":{\"type\":\"api-key\","
                + "\"value\":\"k-123\"}}],"
                + "\"completion_args\":{\"stop\":\"END\",\"temperature\":0.3,\"tool_choice\":\"auto\","
                + "\"reasoning_effort\":null},"
                + "\"guardrails\":null,\"model\":\"mistral-medium-latest\",\"name\":\"" + name + "\","
                + "\"description\":null,\"handoffs\":null,\"metadata\":{\"team\":\"search\",\"tier\":2},"
                + "\"object\":\"agent\",\"id\":\"" + id + "\",\"version\":" + version + ",\"versions\":[0"
                + (version > 0 ? "," + version : "") + "],"
                + "\"created_at\":\"2025-12-17T10:25:07.818693Z\",\"updated_at\":\"2025-12-17T10:41:03.469341Z\","
                + "\"deployment_chat\":false,\"source\":\"api\",\"version_message\":null,"
                + "\"sharing\":{\"future\":\"field\"}}";
    }

    static String agent(String id) {
        return agent(id, "pirate", 0);
    }

    static String page(String token, String... agents) {
        return "{\"object\":\"list\",\"data\":[" + String.join(",", agents) + "],\"next_page_token\":"
                + (token == null ? "null" : "\"" + token + "\"") + "}";
    }

    static String array(String... items) {
        return "[" + String.join(",", items) + "]";
    }

    static String alias(String alias, int version) {
        return "{\"alias\":\"" + alias + "\",\"version\":" + version + ",\"created_at\":\"2025-12-17T10:25:07.818693Z\","
                + "\"updated_at\":\"2025-12-18T08:00:00.000001Z\"}";
    }

    static final String COMPLETION = "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1759500534,"
            + "\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Arrr, Leonardo!\",\"tool_calls\":null,\"prefix\":false},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":24,\"completion_tokens\":4,\"total_tokens\":28}}";
}
