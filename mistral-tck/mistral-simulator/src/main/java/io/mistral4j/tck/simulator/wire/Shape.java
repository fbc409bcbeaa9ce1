package io.mistral4j.tck.simulator.wire;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request-body type as the server's pydantic models see it: just enough structure to report
 * the same 422 errors (missing, extra_forbidden, string_type, greater_than_equal, ...).
 * Request schemas of new routes are declared with these, then checked by {@link ShapeValidator}.
 */
public sealed interface Shape {

    /** Anything goes. */
    record AnyValue() implements Shape {
    }

    record Str() implements Shape {
    }

    /** A string of bounded length (either bound may be null). */
    record BoundedStr(Integer minLength, Integer maxLength) implements Shape {
    }


    /** An integer, optionally at least {@code ge}. */
    record Int(Long ge) implements Shape {
    }

    /** An integer strictly greater than {@code gt} ({@code exclusiveMinimum}). */
    record IntAbove(long gt) implements Shape {
    }

    /** A string holding a UUID ({@code format: uuid}). */
    record Uuid() implements Shape {
    }

    /** A number, optionally within [{@code ge}, {@code le}]. */
    record Num(Double ge, Double le) implements Shape {
    }

    record Bool() implements Shape {
    }

    /** {@code inner} or JSON null (pydantic's {@code Optional[...]}, which adds no loc segment). */
    record Nullable(Shape inner) implements Shape {
    }

    record ListOf(Shape item) implements Shape {
    }

    /** A free-form JSON object ({@code additionalProperties: true} and no declared fields). */
    record Dict() implements Shape {
    }

    /** An object with declared fields; {@code closed} forbids unknown fields. */
    record Model(String name, Map<String, Shape> fields, Set<String> required, boolean closed) implements Shape {
        public Model {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            required = Set.copyOf(required);
        }
    }

    /** Objects told apart by the string value of {@code discriminator}. */
    record Tagged(String discriminator, Map<String, Shape> variants) implements Shape {
        public Tagged {
            variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        }
    }

    /**
     * A union whose branch is chosen by the JSON kind of the value (string, number, array, ...).
     * When no branch takes that kind, every branch reports, its label appended to the loc.
     */
    record KindUnion(Map<String, Shape> branches) implements Shape {
        public KindUnion {
            branches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(branches));
        }
    }

    /**
     * A union of object shapes in pydantic's smart mode: the value is accepted when any branch
     * accepts it; when none does, every branch reports, its label appended to the loc.
     */
    record AnyOf(Map<String, Shape> branches) implements Shape {
        public AnyOf {
            branches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(branches));
        }
    }

    /** A string from a fixed set: a {@code Literal} (literal_error) or an {@code Enum} (enum). */
    record Choice(List<String> values, boolean literal) implements Shape {
        public Choice {
            values = List.copyOf(values);
        }
    }

    static Shape any() {
        return new AnyValue();
    }

    static Shape str() {
        return new Str();
    }

    static Shape str(Integer minLength, Integer maxLength) {
        return new BoundedStr(minLength, maxLength);
    }

    static Shape bool() {
        return new Bool();
    }

    static Shape integer(Long ge) {
        return new Int(ge);
    }

    static Shape integerAbove(long gt) {
        return new IntAbove(gt);
    }

    static Shape uuid() {
        return new Uuid();
    }

    /** A Literal of several strings (pydantic reports {@code literal_error}). */
    static Shape literalOf(String... values) {
        return new Choice(List.of(values), true);
    }

    static Shape number(Double ge, Double le) {
        return new Num(ge, le);
    }

    static Shape nullable(Shape inner) {
        return new Nullable(inner);
    }

    static Shape listOf(Shape item) {
        return new ListOf(item);
    }

    static Shape dict() {
        return new Dict();
    }

    static Shape literal(String value) {
        return new Choice(List.of(value), true);
    }

    static Shape enumOf(String... values) {
        return new Choice(List.of(values), false);
    }

    static ModelBuilder model(String name) {
        return new ModelBuilder(name);
    }

    /** Fluent declaration of a {@link Model}; fields keep declaration order, as pydantic reports them. */
    final class ModelBuilder {
        private final String name;
        private final Map<String, Shape> fields = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private boolean closed = true;

        private ModelBuilder(String name) {
            this.name = name;
        }

        public ModelBuilder req(String field, Shape shape) {
            fields.put(field, shape);
            required.add(field);
            return this;
        }

        public ModelBuilder opt(String field, Shape shape) {
            fields.put(field, shape);
            return this;
        }

        /** Unknown fields are accepted (the schema has no {@code additionalProperties: false}). */
        public ModelBuilder open() {
            closed = false;
            return this;
        }

        public Model build() {
            return new Model(name, fields, required, closed);
        }
    }
}
