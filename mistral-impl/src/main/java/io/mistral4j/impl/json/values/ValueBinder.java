package io.mistral4j.impl.json.values;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.schema.JsonSchemas;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a JSON tree to the types {@link JsonSchemas} describes, with the same property names
 * and discriminator, tracking the JSON path so that a misfit says where and what was expected.
 * A JSON null (or a missing property) is an empty {@code Optional}, null for other references and
 * a misfit for primitives.
 */
final class ValueBinder {

    private final String rawText;

    ValueBinder(String rawText) {
        this.rawText = rawText;
    }

    @SuppressWarnings("unchecked")
    <T> T bind(JsonElement json, Type type) {
        return (T) value(json, type, "$");
    }

    private Object value(JsonElement json, Type type, String path) {
        if (type instanceof ParameterizedType p) {
            return parameterized(json, p, path);
        }
        if (type instanceof GenericArrayType a) {
            return array(json, a.getGenericComponentType(), rawClass(a.getGenericComponentType()), path);
        }
        Class<?> c = (Class<?>) type;
        if (json == null || json.isJsonNull()) {
            if (c.isPrimitive()) {
                throw misfit(path, c, "got null");
            }
            return null;
        }
        if (c == Object.class) {
            return any(json);
        }
        if (c == String.class) {
            return primitive(json, path, c, JsonPrimitive::isString).getAsString();
        }
        if (c == char.class || c == Character.class) {
            String s = primitive(json, path, c, JsonPrimitive::isString).getAsString();
            if (s.length() != 1) {
                throw misfit(path, c, "got a string of " + s.length() + " characters");
            }
            return s.charAt(0);
        }
        if (c == boolean.class || c == Boolean.class) {
            return primitive(json, path, c, JsonPrimitive::isBoolean).getAsBoolean();
        }
        if (Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != void.class)) {
            return number(primitive(json, path, c, JsonPrimitive::isNumber).getAsBigDecimal(), c, path);
        }
        if (c.isArray()) {
            return array(json, c.getComponentType(), c.getComponentType(), path);
        }
        if (c.isEnum()) {
            String name = primitive(json, path, c, JsonPrimitive::isString).getAsString();
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw misfit(path, c, "got \"" + name + "\", which is not one of its constants");
        }
        if (c.isRecord()) {
            return record(object(json, path, c), c, path);
        }
        if (c.isSealed() && c.isInterface()) {
            return sealed(object(json, path, c), c, path);
        }
        if (c == Map.class) {
            return any(object(json, path, c));
        }
        if (c == List.class || c == Collection.class) {
            return any(json);
        }
        throw misfit(path, c, "cannot read JSON into " + c.getName());
    }

    private Object parameterized(JsonElement json, ParameterizedType p, String path) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == Optional.class) {
            return json == null || json.isJsonNull() ? Optional.empty() : Optional.ofNullable(value(json, args[0], path));
        }
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            JsonArray array = arrayOf(json, path, p);
            Collection<Object> out = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(value(array.get(i), args[0], path + "[" + i + "]"));
            }
            return raw == Set.class ? Set.copyOf(out) : List.copyOf(out);
        }
        if (raw == Map.class) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : object(json, path, p).entrySet()) {
                out.put(e.getKey(), value(e.getValue(), args[1], path + "." + e.getKey()));
            }
            return out;
        }
        throw misfit(path, p, "cannot read JSON into " + raw.getName());
    }

    private Object array(JsonElement json, Type elementType, Class<?> elementClass, String path) {
        JsonArray array = arrayOf(json, path, elementType);
        Object out = Array.newInstance(elementClass, array.size());
        for (int i = 0; i < array.size(); i++) {
            Array.set(out, i, value(array.get(i), elementType, path + "[" + i + "]"));
        }
        return out;
    }

    private Object record(JsonObject json, Class<?> c, String path) {
        RecordComponent[] components = c.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = JsonSchemas.propertyName(components[i].getName());
            values[i] = value(json.get(name), components[i].getGenericType(), path + "." + name);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw misfit(path, c, "its constructor refused the values: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw misfit(path, c, "cannot create it (" + e.getMessage() + ")");
        }
    }

    private Object sealed(JsonObject json, Class<?> c, String path) {
        JsonElement tag = json.get(JsonSchemas.DISCRIMINATOR);
        String name = tag != null && tag.isJsonPrimitive() ? tag.getAsString() : null;
        for (Class<?> permitted : c.getPermittedSubclasses()) {
            if (permitted.getSimpleName().equals(name)) {
                return value(json, permitted, path);
            }
        }
        throw misfit(path + "." + JsonSchemas.DISCRIMINATOR, c, "got " + tag + ", which names none of its records");
    }

    private Object number(BigDecimal n, Class<?> c, String path) {
        try {
            if (c == int.class || c == Integer.class) {
                return n.intValueExact();
            }
            if (c == long.class || c == Long.class) {
                return n.longValueExact();
            }
            if (c == short.class || c == Short.class) {
                return n.shortValueExact();
            }
            if (c == byte.class || c == Byte.class) {
                return n.byteValueExact();
            }
            if (c == BigInteger.class) {
                return n.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw misfit(path, c, "got " + n.toPlainString() + ", which is not a whole number in its range");
        }
        if (c == double.class || c == Double.class) {
            return n.doubleValue();
        }
        if (c == float.class || c == Float.class) {
            return n.floatValue();
        }
        if (c == BigDecimal.class || c == Number.class) {
            return n;
        }
        throw misfit(path, c, "cannot read a number into it");
    }

    private JsonPrimitive primitive(JsonElement json, String path, Type expected,
            java.util.function.Predicate<JsonPrimitive> kind) {
        if (json.isJsonPrimitive() && kind.test(json.getAsJsonPrimitive())) {
            return json.getAsJsonPrimitive();
        }
        throw misfit(path, expected, "got " + shortly(json));
    }

    private JsonObject object(JsonElement json, String path, Type expected) {
        if (json.isJsonObject()) {
            return json.getAsJsonObject();
        }
        throw misfit(path, expected, "got " + shortly(json));
    }

    private JsonArray arrayOf(JsonElement json, String path, Type expected) {
        if (json.isJsonArray()) {
            return json.getAsJsonArray();
        }
        throw misfit(path, expected, "got " + shortly(json));
    }

    /** Free-form JSON as maps, lists, strings, booleans and numbers (Long when whole, else Double). */
    private static Object any(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (json.isJsonObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            json.getAsJsonObject().entrySet().forEach(e -> out.put(e.getKey(), any(e.getValue())));
            return out;
        }
        if (json.isJsonArray()) {
            List<Object> out = new ArrayList<>();
            json.getAsJsonArray().forEach(e -> out.add(any(e)));
            return out;
        }
        JsonPrimitive p = json.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            BigDecimal n = p.getAsBigDecimal();
            return n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        return p.getAsString();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static String shortly(JsonElement json) {
        String text = json.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private MistralDecodingException misfit(String path, Type expected, String problem) {
        String name = expected instanceof Class<?> c ? c.getSimpleName() : expected.getTypeName();
        return new MistralDecodingException(problem, path, name, rawText, null);
    }
}
