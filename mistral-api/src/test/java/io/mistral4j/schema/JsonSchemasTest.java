package io.mistral4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.chat.ResponseFormat;
import io.mistral4j.chat.ResponseFormatType;
import io.mistral4j.chat.Tool;
import io.mistral4j.errors.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    enum Genre { NOVEL, POETRY }

    @Description("A person who wrote books")
    record Author(String name, @Description("Year of birth") int bornIn) {
    }

    record Book(String title, Author author, Genre genre, List<String> tags, Set<Integer> editions, double[] prices,
            Map<String, Long> sales, Optional<String> subtitle, Boolean inPrint, BigDecimal rating) {
    }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(double radius) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    record Drawing(List<Shape> shapes) {
    }

    record Node(String name, List<Node> children) {
    }

    record Loop(Optional<Loop> next) {
    }

    record Anything(Object value) {
    }

    @SuppressWarnings("rawtypes")
    record Raw(List values) {
    }

    record NumberKeys(Map<Integer, String> byNumber) {
    }

    record Wild(List<? extends CharSequence> values) {
    }

    static final class NotARecord {
    }

    record HoldsClass(NotARecord value) {
    }

    sealed interface Tagged permits Clash {
    }

    record Clash(String type) implements Tagged {
    }

    @Test
    void scalarsMapToTheirJsonTypes() {
        assertThat(JsonSchemas.of(String.class)).isEqualTo(Map.of("type", "string"));
        assertThat(JsonSchemas.of(int.class)).isEqualTo(Map.of("type", "integer"));
        assertThat(JsonSchemas.of(Long.class)).isEqualTo(Map.of("type", "integer"));
        assertThat(JsonSchemas.of(double.class)).isEqualTo(Map.of("type", "number"));
        assertThat(JsonSchemas.of(Boolean.class)).isEqualTo(Map.of("type", "boolean"));
        assertThat(JsonSchemas.of(Genre.class)).isEqualTo(Map.of("type", "string", "enum", List.of("NOVEL", "POETRY")));
    }

    @Test
    void aRecordIsAStrictObjectWithSnakeCaseRequiredProperties() {
        Map<String, Object> schema = JsonSchemas.of(Author.class);

        assertThat(schema).containsEntry("type", "object").containsEntry("additionalProperties", false)
                .containsEntry("description", "A person who wrote books")
                .containsEntry("required", List.of("name", "born_in"));
        assertThat(properties(schema).get("born_in"))
                .isEqualTo(Map.of("type", "integer", "description", "Year of birth"));
    }

    @Test
    void containersOptionalsAndNestedRecords() {
        Map<String, Object> props = properties(JsonSchemas.of(Book.class));

        assertThat(props.get("author")).isEqualTo(JsonSchemas.of(Author.class));
        assertThat(props.get("genre")).isEqualTo(JsonSchemas.of(Genre.class));
        assertThat(props.get("tags")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "string")));
        assertThat(props.get("editions")).isEqualTo(
                Map.of("type", "array", "items", Map.of("type", "integer"), "uniqueItems", true));
        assertThat(props.get("prices")).isEqualTo(Map.of("type", "array", "items", Map.of("type", "number")));
        assertThat(props.get("sales")).isEqualTo(
                Map.of("type", "object", "additionalProperties", Map.of("type", "integer")));
        assertThat(props.get("subtitle")).isEqualTo(
                Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "null"))));
        assertThat(props.get("rating")).isEqualTo(Map.of("type", "number"));
        assertThat(JsonSchemas.of(Book.class).get("required")).asList().hasSize(10).contains("subtitle", "in_print");
    }

    @Test
    void aSealedInterfaceIsAnAnyOfOfItsRecordsWithADiscriminator() {
        Map<String, Object> shapes = properties(JsonSchemas.of(Drawing.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> branches = (List<Map<String, Object>>) ((Map<String, Object>)
                ((Map<String, Object>) shapes.get("shapes")).get("items")).get("anyOf");

        assertThat(branches).hasSize(2);
        assertThat(properties(branches.get(0)).get("type")).isEqualTo(Map.of("type", "string", "enum", List.of("Circle")));
        assertThat(branches.get(0).get("required")).isEqualTo(List.of("type", "radius"));
        assertThat(properties(branches.get(1)).get("type")).isEqualTo(Map.of("type", "string", "enum", List.of("Square")));
    }

    @Test
    void recursiveTypesAreAClearErrorNotAStackOverflow() {
        assertThatThrownBy(() -> JsonSchemas.of(Node.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Node.children[]").hasMessageContaining("recursive");
        assertThatThrownBy(() -> JsonSchemas.of(Loop.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("recursive");
    }

    @Test
    void unsupportedShapesNameThePathToThem() {
        assertThatThrownBy(() -> JsonSchemas.of(Anything.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Anything.value");
        assertThatThrownBy(() -> JsonSchemas.of(Raw.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Raw.values").hasMessageContaining("type arguments");
        assertThatThrownBy(() -> JsonSchemas.of(NumberKeys.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("map keys must be String");
        assertThatThrownBy(() -> JsonSchemas.of(Wild.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Wild.values[]");
        assertThatThrownBy(() -> JsonSchemas.of(HoldsClass.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a record");
        assertThatThrownBy(() -> JsonSchemas.of(Tagged.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("discriminator");
    }

    @Test
    void responseFormatsAndToolsFromTypesAreStrict() {
        ResponseFormat format = ResponseFormat.jsonSchema(Author.class);
        assertThat(format.type()).isEqualTo(ResponseFormatType.JSON_SCHEMA);
        assertThat(format.jsonSchema().name()).isEqualTo("Author");
        assertThat(format.jsonSchema().description()).isEqualTo("A person who wrote books");
        assertThat(format.jsonSchema().strict()).isTrue();
        assertThat(format.jsonSchema().schema()).isEqualTo(JsonSchemas.of(Author.class));

        Tool tool = Tool.function("find_author", "Finds an author", Author.class);
        assertThat(tool.function().parameters()).isEqualTo(JsonSchemas.of(Author.class));
        assertThat(tool.function().strict()).isTrue();
    }

    @Test
    void propertyNamesAreSnakeCase() {
        assertThat(JsonSchemas.propertyName("yearPublished")).isEqualTo("year_published");
        assertThat(JsonSchemas.propertyName("title")).isEqualTo("title");
        assertThat(JsonSchemas.propertyName("isbnURL")).isEqualTo("isbn_u_r_l");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.get("properties");
    }
}
