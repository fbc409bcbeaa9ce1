package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.ShapeValidator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes added for the embeddings, classifier and OCR requests: exclusive minimum, UUID and smart unions. */
class FormatAndUnionShapesTest {

    @Test
    void integerAboveReportsGreaterThanWithItsBound() {
        Shape positive = Shape.integerAbove(0);

        assertThat(validate(positive, "1")).isEmpty();
        JsonObject error = validate(positive, "0").get(0);
        assertThat(error.get("type").getAsString()).isEqualTo("greater_than");
        assertThat(error.get("msg").getAsString()).isEqualTo("Input should be greater than 0");
        assertThat(error.getAsJsonObject("ctx").get("gt").getAsLong()).isZero();
        assertThat(validate(positive, "\"3\"").get(0).get("type").getAsString()).isEqualTo("int_type");
        assertThat(validate(positive, "2.5").get(0).get("type").getAsString()).isEqualTo("int_from_float");
    }

    @Test
    void uuidAcceptsHyphenatedAndPlainForms() {
        assertThat(validate(Shape.uuid(), "\"3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b70\"")).isEmpty();
        assertThat(validate(Shape.uuid(), "\"3b6f7c1e0d3a4c559f6b2a1e5d9c8b70\"")).isEmpty();
        assertThat(validate(Shape.uuid(), "\"3b6f7c1e-0d3a-4c55-9f6b-2a1e5d9c8b7\"").get(0).get("type").getAsString())
                .isEqualTo("uuid_parsing");
        assertThat(validate(Shape.uuid(), "\"zzzzzzzz-0d3a-4c55-9f6b-2a1e5d9c8b70\"")).hasSize(1);
        assertThat(validate(Shape.uuid(), "12").get(0).get("type").getAsString()).isEqualTo("uuid_type");
    }

    @Test
    void anyOfAcceptsAValueAnyBranchAcceptsAndElseReportsEveryBranch() {
        Map<String, Shape> branches = new LinkedHashMap<>();
        branches.put("Cat", Shape.model("Cat").req("meow", Shape.bool()).build());
        branches.put("Dog", Shape.model("Dog").req("woof", Shape.bool()).build());
        Shape pet = new Shape.AnyOf(branches);

        assertThat(validate(pet, "{\"meow\":true}")).isEmpty();
        assertThat(validate(pet, "{\"woof\":false}")).isEmpty();
        List<JsonObject> errors = validate(pet, "{\"moo\":1}");
        assertThat(errors).extracting(e -> e.get("type").getAsString() + " " + e.get("loc"))
                .containsExactly(
                        "missing [\"body\",\"Cat\",\"meow\"]",
                        "extra_forbidden [\"body\",\"Cat\",\"moo\"]",
                        "missing [\"body\",\"Dog\",\"woof\"]",
                        "extra_forbidden [\"body\",\"Dog\",\"moo\"]");
    }

    @Test
    void anyOfOfListsInsideAKindUnionIsChosenForArrays() {
        Map<String, Shape> lists = new LinkedHashMap<>();
        lists.put("list[int]", Shape.listOf(Shape.integer(null)));
        lists.put("list[list[int]]", Shape.listOf(Shape.listOf(Shape.integer(null))));
        Map<String, Shape> outer = new LinkedHashMap<>();
        outer.put("str", Shape.str());
        outer.put("lists", new Shape.AnyOf(lists));
        Shape value = new Shape.KindUnion(outer);

        assertThat(validate(value, "[1,2]")).isEmpty();
        assertThat(validate(value, "[[1],[2]]")).isEmpty();
        assertThat(validate(value, "\"x\"")).isEmpty();
        assertThat(validate(value, "[\"a\"]")).hasSize(2);
    }

    private static List<JsonObject> validate(Shape shape, String json) {
        return ShapeValidator.validate(shape, JsonParser.parseString(json), "body");
    }
}
