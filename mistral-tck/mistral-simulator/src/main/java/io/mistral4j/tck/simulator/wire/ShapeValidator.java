package io.mistral4j.tck.simulator.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a JSON value against a {@link Shape} and collects every problem as a pydantic v2
 * ValidationError object ({@code type}, {@code loc}, {@code msg}, {@code input}, optional
 * {@code ctx}), like FastAPI's 422 answer. It does not stop at the first problem.
 */
public final class ShapeValidator {

    private final List<JsonObject> errors = new ArrayList<>();

    private ShapeValidator() {
    }

    /** Validates {@code value}; every loc starts with {@code rootLoc} (e.g. "body"). */
    public static List<JsonObject> validate(Shape shape, JsonElement value, String rootLoc) {
        ShapeValidator validator = new ShapeValidator();
        validator.check(shape, value, List.of(rootLoc));
        return List.copyOf(validator.errors);
    }

    private void check(Shape shape, JsonElement value, List<Object> loc) {
        if (shape instanceof Shape.AnyValue) {
            return;
        }
        if (shape instanceof Shape.Nullable nullable) {
            if (!value.isJsonNull()) {
                check(nullable.inner(), value, loc);
            }
        } else if (shape instanceof Shape.Str) {
            if (!Json.isString(value)) {
                error("string_type", loc, "Input should be a valid string", value, null);
            }
        } else if (shape instanceof Shape.BoundedStr bounded) {
            checkBoundedString(bounded, value, loc);
        } else if (shape instanceof Shape.Bool) {
            if (!Json.isBoolean(value)) {
                error("bool_type", loc, "Input should be a valid boolean", value, null);
            }
        } else if (shape instanceof Shape.Int integer) {
            checkInt(integer, value, loc);
        } else if (shape instanceof Shape.Num number) {
            checkNumber(number, value, loc);
        } else if (shape instanceof Shape.Choice choice) {
            checkChoice(choice, value, loc);
        } else if (shape instanceof Shape.ListOf list) {
            checkList(list, value, loc);
        } else if (shape instanceof Shape.Dict) {
            if (!value.isJsonObject()) {
                error("dict_type", loc, "Input should be a valid dictionary", value, null);
            }
        } else if (shape instanceof Shape.Model model) {
            checkModel(model, value, loc);
        } else if (shape instanceof Shape.Tagged tagged) {
            checkTagged(tagged, value, loc);
        } else if (shape instanceof Shape.KindUnion union) {
            checkUnion(union, value, loc);
        } else if (shape instanceof Shape.IntAbove above) {
            checkIntAbove(above, value, loc);
        } else if (shape instanceof Shape.Uuid) {
            checkUuid(value, loc);
        } else if (shape instanceof Shape.AnyOf anyOf) {
            checkAnyOf(anyOf, value, loc);
        }
    }

    private void checkBoundedString(Shape.BoundedStr shape, JsonElement value, List<Object> loc) {
        if (!Json.isString(value)) {
            error("string_type", loc, "Input should be a valid string", value, null);
            return;
        }
        int length = value.getAsString().codePointCount(0, value.getAsString().length());
        if (shape.minLength() != null && length < shape.minLength()) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("min_length", shape.minLength());
            error("string_too_short", loc, "String should have at least " + shape.minLength() + " character"
                    + (shape.minLength() == 1 ? "" : "s"), value, ctx);
        } else if (shape.maxLength() != null && length > shape.maxLength()) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("max_length", shape.maxLength());
            error("string_too_long", loc, "String should have at most " + shape.maxLength() + " character"
                    + (shape.maxLength() == 1 ? "" : "s"), value, ctx);
        }
    }

    private void checkIntAbove(Shape.IntAbove shape, JsonElement value, List<Object> loc) {
        int before = errors.size();
        checkInt(new Shape.Int(null), value, loc);
        if (errors.size() == before && value.getAsBigDecimal().compareTo(BigDecimal.valueOf(shape.gt())) <= 0) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("gt", shape.gt());
            error("greater_than", loc, "Input should be greater than " + shape.gt(), value, ctx);
        }
    }

    private void checkUuid(JsonElement value, List<Object> loc) {
        if (!Json.isString(value)) {
            error("uuid_type", loc, "UUID input should be a string, bytes or UUID object", value, null);
            return;
        }
        String text = value.getAsString();
        String hex = text.replace("-", "");
        boolean valid = hex.length() == 32 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                && (text.length() == 32 || text.length() == 36 && text.charAt(8) == '-' && text.charAt(13) == '-'
                        && text.charAt(18) == '-' && text.charAt(23) == '-');
        if (!valid) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("error", "invalid length or character");
            error("uuid_parsing", loc, "Input should be a valid UUID, invalid length or character", value, ctx);
        }
    }

    private void checkAnyOf(Shape.AnyOf anyOf, JsonElement value, List<Object> loc) {
        List<JsonObject> all = new ArrayList<>();
        for (Map.Entry<String, Shape> branch : anyOf.branches().entrySet()) {
            ShapeValidator attempt = new ShapeValidator();
            attempt.check(branch.getValue(), value, append(loc, branch.getKey()));
            if (attempt.errors.isEmpty()) {
                return;
            }
            all.addAll(attempt.errors);
        }
        errors.addAll(all);
    }

    private void checkInt(Shape.Int shape, JsonElement value, List<Object> loc) {
        if (!Json.isNumber(value)) {
            error("int_type", loc, "Input should be a valid integer", value, null);
            return;
        }
        BigDecimal n = value.getAsBigDecimal();
        if (n.stripTrailingZeros().scale() > 0) {
            error("int_from_float", loc, "Input should be a valid integer, got a number with a fractional part",
                    value, null);
        } else if (shape.ge() != null && n.compareTo(BigDecimal.valueOf(shape.ge())) < 0) {
            greaterThanEqual(loc, value, shape.ge().doubleValue());
        }
    }

    private void checkNumber(Shape.Num shape, JsonElement value, List<Object> loc) {
        if (!Json.isNumber(value)) {
            error("float_type", loc, "Input should be a valid number", value, null);
            return;
        }
        double n = value.getAsDouble();
        if (shape.ge() != null && n < shape.ge()) {
            greaterThanEqual(loc, value, shape.ge());
        } else if (shape.le() != null && n > shape.le()) {
            JsonObject ctx = new JsonObject();
            ctx.add("le", Json.number(shape.le()));
            error("less_than_equal", loc, "Input should be less than or equal to " + plain(shape.le()), value, ctx);
        }
    }

    private void greaterThanEqual(List<Object> loc, JsonElement value, double bound) {
        JsonObject ctx = new JsonObject();
        ctx.add("ge", Json.number(bound));
        error("greater_than_equal", loc, "Input should be greater than or equal to " + plain(bound), value, ctx);
    }

    private void checkChoice(Shape.Choice choice, JsonElement value, List<Object> loc) {
        if (Json.isString(value) && choice.values().contains(value.getAsString())) {
            return;
        }
        String expected = expectedList(choice.values());
        JsonObject ctx = new JsonObject();
        ctx.addProperty("expected", expected);
        error(choice.literal() ? "literal_error" : "enum", loc, "Input should be " + expected, value, ctx);
    }

    private void checkList(Shape.ListOf shape, JsonElement value, List<Object> loc) {
        if (!value.isJsonArray()) {
            error("list_type", loc, "Input should be a valid list", value, null);
            return;
        }
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            check(shape.item(), array.get(i), append(loc, i));
        }
    }

    private void checkModel(Shape.Model model, JsonElement value, List<Object> loc) {
        if (!value.isJsonObject()) {
            JsonObject ctx = new JsonObject();
            ctx.addProperty("class_name", model.name());
            error("model_type", loc, "Input should be a valid dictionary or instance of " + model.name(), value, ctx);
            return;
        }
        JsonObject object = value.getAsJsonObject();
        for (Map.Entry<String, Shape> field : model.fields().entrySet()) {
            JsonElement member = object.get(field.getKey());
            if (member != null) {
                check(field.getValue(), member, append(loc, field.getKey()));
            } else if (model.required().contains(field.getKey())) {
                error("missing", append(loc, field.getKey()), "Field required", object, null);
            }
        }
        if (model.closed()) {
            for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                if (!model.fields().containsKey(member.getKey())) {
                    error("extra_forbidden", append(loc, member.getKey()), "Extra inputs are not permitted",
                            member.getValue(), null);
                }
            }
        }
    }

    private void checkTagged(Shape.Tagged tagged, JsonElement value, List<Object> loc) {
        if (!value.isJsonObject()) {
            error("model_attributes_type", loc, "Input should be a valid dictionary or object to extract fields from",
                    value, null);
            return;
        }
        JsonObject ctx = new JsonObject();
        ctx.addProperty("discriminator", "'" + tagged.discriminator() + "'");
        JsonElement tag = value.getAsJsonObject().get(tagged.discriminator());
        if (tag == null || tag.isJsonNull()) {
            error("union_tag_not_found", loc,
                    "Unable to extract tag using discriminator '" + tagged.discriminator() + "'", value, ctx);
            return;
        }
        String tagText = Json.isString(tag) ? tag.getAsString() : Json.write(tag);
        Shape variant = Json.isString(tag) ? tagged.variants().get(tagText) : null;
        if (variant == null) {
            String expected = tagged.variants().keySet().stream().sorted()
                    .map(t -> "'" + t + "'").collect(Collectors.joining(", "));
            ctx.addProperty("tag", tagText);
            ctx.addProperty("expected_tags", expected);
            error("union_tag_invalid", loc, "Input tag '" + tagText + "' found using '" + tagged.discriminator()
                    + "' does not match any of the expected tags: " + expected, value, ctx);
            return;
        }
        check(variant, value, loc);
    }

    private void checkUnion(Shape.KindUnion union, JsonElement value, List<Object> loc) {
        for (Shape branch : union.branches().values()) {
            if (takesKindOf(branch, value)) {
                check(branch, value, loc);
                return;
            }
        }
        union.branches().forEach((label, branch) -> check(branch, value, append(loc, label)));
    }

    private static boolean takesKindOf(Shape shape, JsonElement value) {
        if (shape instanceof Shape.AnyValue) {
            return true;
        }
        if (shape instanceof Shape.Nullable nullable) {
            return value.isJsonNull() || takesKindOf(nullable.inner(), value);
        }
        if (shape instanceof Shape.Str || shape instanceof Shape.Choice || shape instanceof Shape.BoundedStr) {
            return Json.isString(value);
        }
        if (shape instanceof Shape.Uuid) {
            return Json.isString(value);
        }
        if (shape instanceof Shape.AnyOf anyOf) {
            return anyOf.branches().values().stream().anyMatch(b -> takesKindOf(b, value));
        }
        if (shape instanceof Shape.Int || shape instanceof Shape.IntAbove || shape instanceof Shape.Num) {
            return Json.isNumber(value);
        }
        if (shape instanceof Shape.Bool) {
            return Json.isBoolean(value);
        }
        if (shape instanceof Shape.ListOf) {
            return value.isJsonArray();
        }
        if (shape instanceof Shape.KindUnion union) {
            return union.branches().values().stream().anyMatch(b -> takesKindOf(b, value));
        }
        return value.isJsonObject(); // Dict, Model, Tagged
    }

    private void error(String type, List<Object> loc, String msg, JsonElement input, JsonObject ctx) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        JsonArray locArray = new JsonArray();
        for (Object part : loc) {
            locArray.add(part instanceof Integer i ? new JsonPrimitive(i) : new JsonPrimitive(part.toString()));
        }
        e.add("loc", locArray);
        e.addProperty("msg", msg);
        e.add("input", input);
        if (ctx != null) {
            e.add("ctx", ctx);
        }
        errors.add(e);
    }

    /** pydantic's wording: {@code 'a'}, {@code 'a' or 'b'}, {@code 'a', 'b' or 'c'}. */
    private static String expectedList(List<String> values) {
        List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String plain(double bound) {
        return Json.number(bound).toString();
    }

    private static List<Object> append(List<Object> loc, Object part) {
        List<Object> next = new ArrayList<>(loc);
        next.add(part);
        return next;
    }
}
