package io.mistral4j.benchmarks;

import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.Tool;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests and answers of the sizes the benchmarks are about, shaped like Mistral's. */
public final class Payloads {

    /** A question as applications usually send it: a system prompt, one user turn, two settings. */
    public static final ChatCompletionRequest TYPICAL_REQUEST = ChatCompletionRequest.builder()
            .model("mistral-small-latest")
            .addSystemMessage("You are a concise assistant. Answer in one sentence.")
            .addUserMessage("Who painted the Mona Lisa, and in which century was it painted?")
            .temperature(0.2).maxTokens(64).build();

    /** A long agentic conversation: 40 turns of about 1 KiB each and four tools with JSON Schema parameters. */
    public static final ChatCompletionRequest LARGE_REQUEST = largeRequest();

    /** A typical non-streamed answer. */
    public static final String TYPICAL_RESPONSE = Fixtures.COMPLETION;

    /** One event's data: a word of streamed text. */
    public static final String STREAM_CHUNK = "{\"id\":\"cmpl-e5cc70bb28c444948073e77776eb30ef\","
            + "\"object\":\"chat.completion.chunk\",\"created\":1702256327,\"model\":\"mistral-small-2506\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\" Leonardo\"},\"finish_reason\":null}]}";

    private Payloads() {
    }

    /** An embeddings answer of {@code vectors} vectors of {@code dimension} numbers, as the API writes them. */
    public static String embeddingsAnswer(int vectors, int dimension) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1024);
        StringBuilder json = new StringBuilder(vectors * dimension * 12)
                .append("{\"id\":\"emb-bench\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":[");
        for (int v = 0; v < vectors; v++) {
            json.append(v == 0 ? "" : ",").append("{\"object\":\"embedding\",\"embedding\":[");
            for (int i = 0; i < dimension; i++) {
                json.append(i == 0 ? "" : ",").append((float) (random.nextGaussian() / 32));
            }
            json.append("],\"index\":").append(v).append('}');
        }
        return json.append("],\"usage\":{\"prompt_tokens\":640,\"total_tokens\":640,\"completion_tokens\":0}}")
                .toString();
    }

    /** {@code events} chat chunk events, a last one with finish reason and usage, then {@code [DONE]}. */
    public static byte[] eventStream(int events) {
        StringBuilder out = new StringBuilder(events * 200);
        for (int i = 0; i < events; i++) {
            out.append("data: {\"id\":\"cmpl-e5cc70bb28c444948073e77776eb30ef\",\"object\":\"chat.completion.chunk\",")
                    .append("\"created\":1702256327,\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,")
                    .append("\"delta\":{\"content\":\" word").append(i).append("\"},\"finish_reason\":null}]}\n\n");
        }
        out.append("data: {\"id\":\"cmpl-e5cc70bb28c444948073e77776eb30ef\",\"object\":\"chat.completion.chunk\",")
                .append("\"created\":1702256327,\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,")
                .append("\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,")
                .append("\"completion_tokens\":").append(events).append(",\"total_tokens\":").append(events + 12)
                .append("}}\n\ndata: [DONE]\n\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ChatCompletionRequest largeRequest() {
        ChatCompletionRequest.Builder builder = ChatCompletionRequest.builder().model("mistral-large-latest")
                .addSystemMessage("You are a travel agent's assistant. Use the tools to look up flights, hotels, "
                        + "weather and currency rates; never invent prices.");
        String paragraph = "The customer would like to travel from Paris to Lisbon in late May, stay five nights "
                + "near the old town, and compare at least three hotels under 180 euros a night with breakfast "
                + "included. They prefer morning flights, one checked bag, and a refundable fare if the price "
                + "difference is small. Please also mention the expected weather and the exchange rate. ";
        for (int turn = 0; turn < 20; turn++) {
            builder.addUserMessage("Turn " + turn + ": " + paragraph + paragraph.substring(0, 300));
            builder.addAssistantMessage("Noted for turn " + turn + ". " + paragraph + paragraph.substring(0, 280));
        }
        for (String name : List.of("search_flights", "search_hotels", "get_weather", "convert_currency")) {
            builder.addTool(Tool.function(name, "Looks up " + name.replace('_', ' ') + " for the trip.", schema()));
        }
        return builder.temperature(0.3).maxTokens(1024).randomSeed(42).build();
    }

    private static Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("origin", Map.of("type", "string", "description", "IATA code or city name"));
        properties.put("destination", Map.of("type", "string", "description", "IATA code or city name"));
        properties.put("date", Map.of("type", "string", "format", "date"));
        properties.put("passengers", Map.of("type", "integer", "minimum", 1, "maximum", 9));
        properties.put("cabin", Map.of("type", "string", "enum", List.of("economy", "premium", "business")));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.of("origin", "destination", "date"));
        return schema;
    }
}
