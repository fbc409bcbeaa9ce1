package io.mistral4j.it.misbehaving;

/** Answers shaped as Mistral's API sends them (see the API's schemas), for the behaviours to serve. */
final class Payloads {

    static final String MODEL_LIST = "{\"object\":\"list\",\"data\":[{\"id\":\"mistral-small-latest\","
            + "\"object\":\"model\",\"created\":1,\"owned_by\":\"mistralai\",\"capabilities\":{\"completion_chat\":true,"
            + "\"function_calling\":true},\"name\":\"mistral-small\",\"max_context_length\":131072,"
            + "\"aliases\":[\"mistral-small-2506\"],\"type\":\"base\"}]}";

    static final String CHAT_COMPLETION = "{\"id\":\"cmpl-it\",\"object\":\"chat.completion\",\"created\":1702256327,"
            + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Leonardo da Vinci.\",\"tool_calls\":null},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17}}";

    static final String CONFLICT = "{\"object\":\"error\",\"message\":\"A job with these files already exists\","
            + "\"type\":\"conflict\",\"param\":null,\"code\":\"3409\"}";

    private Payloads() {
    }

    /** One SSE event carrying a chat completion chunk with {@code text}. */
    static String chunkEvent(String text) {
        return "data: {\"id\":\"cmpl-it\",\"object\":\"chat.completion.chunk\",\"created\":1702256327,"
                + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text
                + "\"},\"finish_reason\":null}]}\n\n";
    }

    /** The 401 of a gateway that repeats the credentials it was given. */
    static String unauthorizedEcho(String authorization) {
        return "{\"object\":\"error\",\"message\":\"Invalid credentials: " + authorization + "\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"1002\"}";
    }
}
