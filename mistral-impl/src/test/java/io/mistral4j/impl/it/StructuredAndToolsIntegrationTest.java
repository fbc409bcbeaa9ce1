package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import io.mistral4j.MistralClient;
import io.mistral4j.agents.Agent;
import io.mistral4j.agents.AgentCreationRequest;
import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.StructuredResponse;
import io.mistral4j.chat.Tool;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.schema.Description;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tools.JavaTool;
import io.mistral4j.tools.ToolExecution;
import io.mistral4j.tools.ToolMethod;
import io.mistral4j.tools.ToolRunResult;
import io.mistral4j.tools.ToolRunner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed answers and the tool loop end to end against the simulator's schema-following answers. */
class StructuredAndToolsIntegrationTest {

    private static final String MODEL = "mistral-small-latest";
    private static MistralSimulator simulator;
    private static MistralClient client;

    enum Genre { NOVEL, POETRY, ESSAY }

    sealed interface Edition permits Paperback, Ebook {
    }

    record Paperback(int pages) implements Edition {
    }

    record Ebook(String fileType, Optional<Double> megabytes) implements Edition {
    }

    @Description("A book the user asked about")
    record Book(String title, @Description("Who wrote it") List<String> authors, Genre genre,
            Optional<Integer> yearPublished, List<Edition> editions) {
    }

    record City(@Description("The city's name") String city) {
    }

    /** Tools as annotated methods. */
    public static final class Clocks {
        @ToolMethod(name = "local_time")
        @Description("The local time in a city")
        public String localTime(@Description("The city") String city, int hourOffset) {
            return "noon in " + city;
        }
    }

    @BeforeAll
    static void start() {
        simulator = MistralSimulator.start();
        client = MistralClient.builder().apiKey("sk-typed").baseUrl(simulator.baseUrl()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void aChatAnswerComesBackAsARecord() {
        StructuredResponse<Book> answer = client.chat().complete(ChatCompletionRequest.builder().model(MODEL)
                .addUserMessage("Recommend a POETRY book").build(), Book.class);

        Book book = answer.value();
        assertThat(book.genre()).isEqualTo(Genre.POETRY);
        assertThat(book.authors()).isNotEmpty();
        assertThat(book.title()).isNotBlank();
        assertThat(book.editions()).isNotEmpty().allMatch(e -> e instanceof Paperback || e instanceof Ebook);
        assertThat(answer.response().text()).contains("\"genre\":\"POETRY\"");
        JsonObject format = simulator.requests().get(simulator.requests().size() - 1).bodyAsJson().getAsJsonObject()
                .getAsJsonObject("response_format");
        assertThat(format.get("type").getAsString()).isEqualTo("json_schema");
        assertThat(format.getAsJsonObject("json_schema").get("strict").getAsBoolean()).isTrue();
        assertThat(format.getAsJsonObject("json_schema").get("name").getAsString()).isEqualTo("Book");
    }

    @Test
    void aStreamedAnswerGivesTheRecordOnceItEnds() {
        StringBuilder deltas = new StringBuilder();
        StructuredResponse<Book> answer;
        try (ChatCompletionStream stream = client.chat().stream(ChatCompletionRequest.builder().model(MODEL)
                .addUserMessage("Recommend a NOVEL").build(), Book.class)) {
            if (stream.hasNext()) {
                deltas.append(stream.next().text());
            }
            answer = stream.accumulated(Book.class);
        }

        assertThat(answer.value().genre()).isEqualTo(Genre.NOVEL);
        assertThat(answer.response().text()).startsWith(deltas.toString());
    }

    @Test
    void anAgentAnswerComesBackAsARecord() {
        Agent agent = client.agents().create(AgentCreationRequest.builder().model(MODEL).name("librarian").build());

        Book book = client.agents().complete(AgentsCompletionRequest.builder().agentId(agent.id())
                .addUserMessage("An ESSAY please").build(), Book.class).value();

        assertThat(book.genre()).isEqualTo(Genre.ESSAY);
    }

    @Test
    void anAnswerOfAnotherShapeNamesWhereItDoesNotFit() {
        record Pages(int count) {
        }
        ChatCompletionRequest request = ChatCompletionRequest.builder().model(MODEL).addUserMessage("A book")
                .responseFormat(ResponseFormat.jsonSchema(Book.class)).build();

        MistralDecodingException e = catchThrowableOfType(() -> client.chat().complete(request, Pages.class),
                MistralDecodingException.class);

        assertThat(e.jsonPath()).contains("$.count");
        assertThat(e.expectedType()).contains("int");
        assertThat(e.rawText()).hasValueSatisfying(text -> assertThat(text).contains("\"title\""));
    }

    @Test
    void toolCallArgumentsFitTheRecordTheToolWasDeclaredWith() {
        ToolCall call = client.chat().complete(ChatCompletionRequest.builder().model(MODEL)
                .addUserMessage("What is the weather in Lyon?")
                .tools(List.of(Tool.function("weather", "The weather in a city", City.class))).build())
                .toolCalls().get(0);

        assertThat(call.function().arguments(City.class).city()).isNotBlank();
    }

    @Test
    void aStreamedLoopInterleavesModelDeltasAndToolRuns() {
        List<String> events = new java.util.ArrayList<>();
        JavaTool weather = JavaTool.of("weather", "The weather in a city", City.class, city -> "sunny");

        ToolRunResult result = ToolRunner.builder(client.chat()).tool(weather)
                .listener(e -> events.add("tool " + e.call().function().name() + " -> " + e.result()))
                .build()
                .runStreaming(ChatCompletionRequest.builder().model(MODEL)
                        .addUserMessage("What is the weather in Lyon?").build(),
                        chunk -> {
                            if (!chunk.choices().isEmpty() && chunk.choices().get(0).delta() != null
                                    && chunk.choices().get(0).delta().toolCalls() != null
                                    && !chunk.choices().get(0).delta().toolCalls().isEmpty()) {
                                events.add("model calls");
                            } else if (!chunk.text().isEmpty() && (events.isEmpty() || !events.get(events.size() - 1).equals("text"))) {
                                events.add("text");
                            }
                        });

        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.text()).contains("weather returned: sunny");
        assertThat(events).containsSubsequence("model calls", "tool weather -> sunny", "text");
        assertThat(events.get(events.size() - 1)).isEqualTo("text");
    }

    @Test
    void aTwoToolLoopEndsWithATextAnswerMentioningBothResults() {
        JavaTool weather = JavaTool.of("weather", "The weather in a city", City.class,
                city -> "sunny in " + city.city());
        List<JavaTool> clocks = JavaTool.fromMethods(new Clocks());

        ToolRunResult result = ToolRunner.builder(client.chat()).tool(weather).tools(clocks).build()
                .run(ChatCompletionRequest.builder().model(MODEL)
                        .addUserMessage("What is the weather and the local time in Lyon?").build());

        assertThat(result.roundLimitReached()).isFalse();
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(result.executions()).extracting(e -> e.call().function().name())
                .containsExactly("weather", "local_time");
        assertThat(result.executions()).allMatch(e -> e.outcome() == ToolExecution.Outcome.SUCCEEDED);
        assertThat(result.text()).contains("weather returned: sunny in").contains("local_time returned: noon in");
    }
}
