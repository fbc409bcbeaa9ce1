package io.mistral4j.benchmarks;

/** Answers shaped like Mistral's, as the benchmarks' in-memory server sends them. */
final class Fixtures {

    static final String COMPLETION = "{\"id\":\"cmpl-bench\",\"object\":\"chat.completion\",\"created\":1702256327,"
            + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"The Mona Lisa was painted by Leonardo da Vinci.\",\"tool_calls\":null},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":11,"
            + "\"total_tokens\":23}}";

    static final String STREAM = events("The", " Mona", " Lisa", " was", " painted", " by", " Leonardo", " da",
            " Vinci", ".");

    private Fixtures() {
    }

    /** One event per piece, a last event with the finish reason and usage, then {@code [DONE]}. */
    private static String events(String... pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            out.append("data: {\"id\":\"cmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,")
                    .append("\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"")
                    .append(piece).append("\"},\"finish_reason\":null}]}\n\n");
        }
        out.append("data: {\"id\":\"cmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,")
                .append("\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},")
                .append("\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":11,")
                .append("\"total_tokens\":23}}\n\ndata: [DONE]\n\n");
        return out.toString();
    }
}
