package io.mistral4j.tck.simulator;

import static io.mistral4j.tck.simulator.ChatBodies.chat;
import static io.mistral4j.tck.simulator.ChatBodies.tools;
import static io.mistral4j.tck.simulator.ChatBodies.PAYMENT_TOOL;
import static io.mistral4j.tck.simulator.ChatBodies.WEATHER_TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.mistral4j.schema.Description;
import io.mistral4j.schema.JsonSchemas;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Strict schemas as the API module generates them from Java types, answered with values that fit. */
class GeneratedSchemaAnswersTest {

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    enum Genre { NOVEL, POETRY, ESSAY }

    sealed interface Format permits Paper, Ebook {
    }

    record Paper(int pages) implements Format {
    }

    record Ebook(String fileType, Optional<Double> megabytes) implements Format {
    }

    @Description("A book")
    record Book(String title, Genre genre, List<String> authors, Optional<Integer> year, Map<String, Double> prices,
            List<Format> formats) {
    }

    @Test
    void answersAGeneratedStrictSchemaWithAValueThatFits() {
        JsonElement schema = new Gson().toJsonTree(JsonSchemas.of(Book.class));
        JsonObject request = chat("Recommend an ESSAY about gardens");
        JsonObject format = new JsonObject();
        format.addProperty("type", "json_schema");
        JsonObject jsonSchema = new JsonObject();
        jsonSchema.addProperty("name", "Book");
        jsonSchema.addProperty("strict", true);
        jsonSchema.add("schema", schema);
        format.add("json_schema", jsonSchema);
        request.add("response_format", format);

        TestHttp.Response response = TestHttp.chat(SIMULATOR.simulator(), request);
        String content = response.json().getAsJsonArray("choices").get(0).getAsJsonObject()
                .getAsJsonObject("message").get("content").getAsString();

        JsonObject book = JsonParser.parseString(content).getAsJsonObject();
        assertThat(JsonSchemaCheck.problems(schema, book)).isEmpty();
        assertThat(book.keySet()).containsExactlyInAnyOrder("title", "genre", "authors", "year", "prices", "formats");
        assertThat(book.get("genre").getAsString()).isEqualTo("ESSAY");
        assertThat(book.getAsJsonArray("formats").get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("Paper");
    }

    @Test
    void withParallelCallsAllowedAutoCallsEveryRelatedToolAndThenMentionsEveryResult() {
        JsonObject request = chat("Weather in Nice and status of transaction T42");
        request.add("tools", tools(WEATHER_TOOL, PAYMENT_TOOL));

        JsonObject message = TestHttp.chat(SIMULATOR.simulator(), request).json().getAsJsonArray("choices").get(0)
                .getAsJsonObject().getAsJsonObject("message");
        JsonArray calls = message.getAsJsonArray("tool_calls");
        List<String> names = new ArrayList<>();
        calls.forEach(c -> names.add(c.getAsJsonObject().getAsJsonObject("function").get("name").getAsString()));
        assertThat(names).containsExactly("get_weather", "retrieve_payment_status");

        request.getAsJsonArray("messages").add(message);
        String[] results = {"sunny, 24 degrees", "paid on Monday"};
        for (int i = 0; i < calls.size(); i++) {
            JsonObject result = ChatBodies.message("tool", results[i]);
            result.addProperty("tool_call_id", calls.get(i).getAsJsonObject().get("id").getAsString());
            request.getAsJsonArray("messages").add(result);
        }
        JsonObject answer = TestHttp.chat(SIMULATOR.simulator(), request).json().getAsJsonArray("choices").get(0)
                .getAsJsonObject();

        assertThat(answer.get("finish_reason").getAsString()).isEqualTo("stop");
        assertThat(answer.getAsJsonObject("message").get("content").getAsString())
                .contains("get_weather returned: sunny, 24 degrees")
                .contains("retrieve_payment_status returned: paid on Monday");
    }

    @Test
    void withoutParallelCallsAutoCallsTheMostRelatedToolOnly() {
        JsonObject request = chat("Weather in Nice and status of transaction T42");
        request.add("tools", tools(WEATHER_TOOL, PAYMENT_TOOL));
        request.addProperty("parallel_tool_calls", false);

        JsonArray calls = TestHttp.chat(SIMULATOR.simulator(), request).json().getAsJsonArray("choices").get(0)
                .getAsJsonObject().getAsJsonObject("message").getAsJsonArray("tool_calls");

        assertThat(calls.size()).isEqualTo(1);
    }
}
