package io.mistral4j.tck.simulator.routes.chat;

import io.mistral4j.tck.simulator.JsonSchemaCheck;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaSamplerTest {

    @Test
    void followsRefsIntoDefsAndDefinitions() {
        JsonObject out = sampleValid("""
                {"type":"object","properties":{
                   "a":{"$ref":"#/$defs/Point"},
                   "b":{"$ref":"#/definitions/Colour"}},
                 "required":["a","b"],
                 "$defs":{"Point":{"type":"object","properties":{"x":{"type":"integer"},"y":{"type":"number"}},
                                   "required":["x","y"]}},
                 "definitions":{"Colour":{"enum":["red","green"]}}}""").getAsJsonObject();

        assertThat(out.getAsJsonObject("a").get("x").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(out.get("b").getAsString()).isEqualTo("red");
    }

    @Test
    void enumTakesTheFirstValueUnlessTheMessageNamesOne() {
        String schema = "{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}";
        assertThat(sample(schema, "").getAsString()).isEqualTo("celsius");
        assertThat(sample(schema, "Give it in Fahrenheit").getAsString()).isEqualTo("fahrenheit");
        assertThat(sample("{\"const\":42}", "").getAsInt()).isEqualTo(42);
    }

    @Test
    void arraysRespectItemCountsAndUniqueness() {
        assertThat(sampleValid("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}").getAsJsonArray().size())
                .isEqualTo(1);
        assertThat(sampleValid("{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":3,\"uniqueItems\":true}")
                .getAsJsonArray().size()).isEqualTo(3);
        assertThat(sampleValid("{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"maxItems\":0}")
                .getAsJsonArray().size()).isZero();
        assertThat(sampleValid("{\"type\":\"array\",\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]}")
                .getAsJsonArray().size()).isEqualTo(2);
    }

    @Test
    void nestedObjectsGetEveryProperty() {
        JsonObject out = sampleValid("""
                {"type":"object","properties":{
                   "order":{"type":"object","properties":{
                      "lines":{"type":"array","items":{"type":"object",
                          "properties":{"sku":{"type":"string"},"qty":{"type":"integer","minimum":1}},
                          "required":["sku","qty"],"additionalProperties":false}},
                      "paid":{"type":"boolean"},
                      "note":{"type":"string"}},
                    "required":["lines"]}}}""").getAsJsonObject();

        JsonObject order = out.getAsJsonObject("order");
        assertThat(order.keySet()).containsExactly("lines", "paid", "note");
        assertThat(order.getAsJsonArray("lines").get(0).getAsJsonObject().keySet()).containsExactly("sku", "qty");
    }

    @Test
    void unionsAndNullableTypesPickANonNullBranch() {
        assertThat(sampleValid("{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"integer\",\"minimum\":5}]}").getAsInt())
                .isEqualTo(5);
        assertThat(sampleValid("{\"oneOf\":[{\"type\":\"string\",\"format\":\"email\"},{\"type\":\"integer\"}]}")
                .getAsString()).contains("@");
        assertThat(sampleValid("{\"type\":[\"null\",\"boolean\"]}").getAsBoolean()).isTrue();
        assertThat(sampleValid("{\"allOf\":[{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},"
                + "\"required\":[\"a\"]},{\"properties\":{\"b\":{\"type\":\"integer\"}},\"required\":[\"b\"]}]}")
                .getAsJsonObject().keySet()).containsExactlyInAnyOrder("a", "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"integer\",\"minimum\":10,\"maximum\":20}",
            "{\"type\":\"integer\",\"maximum\":-3}",
            "{\"type\":\"integer\",\"exclusiveMinimum\":1,\"exclusiveMaximum\":3}",
            "{\"type\":\"number\",\"exclusiveMinimum\":0,\"exclusiveMaximum\":0.5}",
            "{\"type\":\"number\",\"minimum\":2.5}",
            "{\"type\":\"integer\",\"multipleOf\":7}",
            "{\"type\":\"string\",\"minLength\":12}",
            "{\"type\":\"string\",\"maxLength\":3}",
            "{\"type\":\"string\",\"format\":\"date\"}",
            "{\"type\":\"string\",\"format\":\"date-time\"}",
            "{\"type\":\"object\",\"properties\":{},\"required\":[\"x\"]}",
            "{\"type\":\"object\",\"minProperties\":2,\"additionalProperties\":{\"type\":\"integer\"}}",
            "{\"properties\":{\"k\":{\"type\":\"string\"}}}",
            "{}"})
    void boundedValuesStayInBounds(String schema) {
        sampleValid(schema);
    }

    @Test
    void integerMultipleOfIsHonoured() {
        assertThat(sampleValid("{\"type\":\"integer\",\"multipleOf\":7}").getAsInt() % 7).isZero();
    }

    @Test
    void recursiveSchemasTerminate() {
        JsonElement tree = sampleValid("""
                {"$ref":"#/$defs/Node","$defs":{"Node":{"type":"object",
                  "properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/Node"}},
                                "parent":{"anyOf":[{"$ref":"#/$defs/Node"},{"type":"null"}]}},
                  "required":["name","children"]}}}""");

        assertThat(tree.getAsJsonObject().has("children")).isTrue();
    }

    @Test
    void takesValuesFromTheMessageWhenThePropertyNameSuggestsIt() {
        String schema = """
                {"type":"object","properties":{
                   "origin":{"type":"string"},"destination":{"type":"string"},
                   "booking_id":{"type":"string"},"passengers":{"type":"integer","minimum":1,"maximum":9},
                   "query":{"type":"string"},"contact_email":{"type":"string"},"colour":{"type":"string"}}}""";
        JsonObject out = sample(schema, "Fly from Paris to Berlin for 2 people, booking AB123, mail me at ann@example.org")
                .getAsJsonObject();

        assertThat(out.get("origin").getAsString()).isEqualTo("Paris");
        assertThat(out.get("destination").getAsString()).isEqualTo("Berlin");
        assertThat(out.get("booking_id").getAsString()).isEqualTo("AB123");
        assertThat(out.get("passengers").getAsInt()).isEqualTo(2);
        assertThat(out.get("query").getAsString()).startsWith("Fly from Paris");
        assertThat(out.get("contact_email").getAsString()).isEqualTo("ann@example.org");
        assertThat(out.get("colour").getAsString()).isEqualTo("example");
    }

    private static JsonElement sample(String schema, String message) {
        return SchemaSampler.sample(JsonParser.parseString(schema), new SampleHints(message));
    }

    private static JsonElement sampleValid(String schema) {
        JsonElement value = sample(schema, "");
        assertThat(JsonSchemaCheck.problems(JsonParser.parseString(schema), value)).as(value.toString()).isEmpty();
        return value;
    }
}
