package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShapeValidatorTest {

    private static final Shape PERSON = Shape.model("Person")
            .req("name", Shape.str())
            .opt("age", Shape.nullable(Shape.integer(0L)))
            .opt("kind", Shape.literal("human"))
            .build();

    @Test
    void validValueHasNoErrors() {
        assertThat(validate(PERSON, "{\"name\":\"Ada\",\"age\":null,\"kind\":\"human\"}")).isEmpty();
    }

    @Test
    void reportsEachProblemWithItsLoc() {
        List<JsonObject> errors = validate(PERSON, "{\"age\":\"old\",\"kind\":\"cat\",\"x\":1}");

        assertThat(errors).extracting(e -> e.get("type").getAsString() + " " + e.get("loc"))
                .containsExactly(
                        "missing [\"body\",\"name\"]",
                        "int_type [\"body\",\"age\"]",
                        "literal_error [\"body\",\"kind\"]",
                        "extra_forbidden [\"body\",\"x\"]");
        assertThat(errors.get(2).get("msg").getAsString()).isEqualTo("Input should be 'human'");
    }

    @Test
    void nonObjectForAModelIsModelType() {
        JsonObject error = validate(PERSON, "[1]").get(0);

        assertThat(error.get("type").getAsString()).isEqualTo("model_type");
        assertThat(error.get("msg").getAsString()).isEqualTo("Input should be a valid dictionary or instance of Person");
    }

    @Test
    void openModelsAcceptUnknownFields() {
        Shape open = Shape.model("Open").opt("a", Shape.bool()).open().build();

        assertThat(validate(open, "{\"a\":true,\"b\":2}")).isEmpty();
    }

    private static List<JsonObject> validate(Shape shape, String json) {
        return ShapeValidator.validate(shape, JsonParser.parseString(json), "body");
    }
}
