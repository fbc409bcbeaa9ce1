package io.mistral4j.tck.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import io.mistral4j.tck.junit.MistralSimulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.mistral4j.tck.simulator.ChatBodies.chat;
import static io.mistral4j.tck.simulator.ChatBodies.parse;
import static org.assertj.core.api.Assertions.assertThat;

class StructuredOutputTest {

    private static final String BOOK_SCHEMA = """
            {"title":"Book","type":"object","additionalProperties":false,
             "properties":{
               "name":{"type":"string"},
               "authors":{"type":"array","items":{"type":"string"},"minItems":1},
               "year":{"type":"integer","minimum":1450,"maximum":2100},
               "rating":{"type":["number","null"],"minimum":0,"maximum":5},
               "genre":{"$ref":"#/$defs/Genre"},
               "publisher":{"$ref":"#/$defs/Publisher"},
               "published":{"type":"string","format":"date"}},
             "required":["name","authors","year","genre","publisher"],
             "$defs":{
               "Genre":{"type":"string","enum":["fantasy","science-fiction","history"]},
               "Publisher":{"type":"object","properties":{"name":{"type":"string"},"city":{"type":"string"}},
                            "required":["name"],"additionalProperties":false}}}""";

    @RegisterExtension
    static final MistralSimulatorExtension SIMULATOR = new MistralSimulatorExtension();

    @Test
    void jsonSchemaFormatGivesContentThatValidates() {
        JsonObject request = chat("Recommend a science-fiction book by Frank Herbert published in 1965");
        request.add("response_format", parse("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"book\",\"strict\":true,"
                + "\"schema\":" + BOOK_SCHEMA + "}}"));

        String content = content(request);

        JsonObject book = JsonParser.parseString(content).getAsJsonObject();
        assertThat(JsonSchemaCheck.problems(parse(BOOK_SCHEMA), book)).isEmpty();
        assertThat(book.keySet()).contains("name", "authors", "year", "genre", "publisher");
        assertThat(book.get("name").getAsString()).isEqualTo("Frank");
        assertThat(book.get("year").getAsInt()).isEqualTo(1965);
        assertThat(book.get("genre").getAsString()).isEqualTo("science-fiction");
        assertThat(book.getAsJsonArray("authors").size()).isEqualTo(1);
        assertThat(book.getAsJsonObject("publisher").has("name")).isTrue();
    }

    @Test
    void jsonObjectFormatGivesAJsonObject() {
        JsonObject request = chat("List three fruits as JSON");
        request.add("response_format", parse("{\"type\":\"json_object\"}"));

        JsonElement parsed = JsonParser.parseString(content(request));

        assertThat(parsed.isJsonObject()).isTrue();
        assertThat(parsed.getAsJsonObject().get("answer").getAsString()).contains("List three fruits as JSON");
    }

    @Test
    void textFormatGivesPlainText() {
        JsonObject request = chat("Plain please");
        request.add("response_format", parse("{\"type\":\"text\"}"));

        assertThat(content(request)).startsWith("Simulated answer to: Plain please.");
    }

    @Test
    void jsonSchemaTypeWithoutSchemaIsRejected() {
        JsonObject request = chat("x");
        request.add("response_format", parse("{\"type\":\"json_schema\"}"));

        assertThat(TestHttp.chat(SIMULATOR.simulator(), request).status()).isEqualTo(400);
    }

    private static String content(JsonObject request) {
        TestHttp.Response r = TestHttp.chat(SIMULATOR.simulator(), request);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().getAsJsonArray("choices").get(0).getAsJsonObject()
                .getAsJsonObject("message").get("content").getAsString();
    }
}
