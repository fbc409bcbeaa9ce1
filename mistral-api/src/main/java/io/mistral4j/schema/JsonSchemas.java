package io.mistral4j.schema;

import io.mistral4j.errors.ValidationException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Strict JSON schemas from Java types, as the API's {@code strict} answers and tools need them:
 * every object lists all its properties as required and forbids others; an {@code Optional}
 * component is nullable ({@code anyOf} with {@code null}). Property names are the record
 * components' names in snake_case ({@code yearPublished} is {@code year_published}), as the
 * client writes and reads JSON. A sealed interface of records is an {@code anyOf} of its
 * records, each carrying a {@value #DISCRIMINATOR} property holding the record's simple name.
 *
 * <p>Types the schema cannot describe (a recursive record, {@code Object}, a raw or wildcard
 * collection, a map with keys other than strings, a class that is not a record) are a
 * {@link ValidationException} naming the path to the offending part.
 */
public final class JsonSchemas {

    /** The property that tells the records of a sealed interface apart. */
    public static final String DISCRIMINATOR = "type";

    private final Deque<Class<?>> enclosing = new ArrayDeque<>();

    private JsonSchemas() {
    }

    /** The strict schema of {@code type}, as plain maps and lists. */
    public static Map<String, Object> of(Type type) {
        return new JsonSchemas().schema(type, rawName(type));
    }

    /** The JSON property name of a record component named {@code componentName}. */
    public static String propertyName(String componentName) {
        StringBuilder out = new StringBuilder(componentName.length() + 4);
        for (int i = 0; i < componentName.length(); i++) {
            char c = componentName.charAt(i);
            if (Character.isUpperCase(c) && out.length() > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The description of {@code element} from its {@link Description}, or null. */
    public static String descriptionOf(AnnotatedElement element) {
        Description d = element.getAnnotation(Description.class);
        return d == null ? null : d.value();
    }

    private Map<String, Object> schema(Type type, String path) {
        if (type instanceof ParameterizedType p) {
            return parameterized(p, path);
        }
        if (type instanceof GenericArrayType a) {
            return array(a.getGenericComponentType(), path);
        }
        if (!(type instanceof Class<?> c)) {
            throw unsupported(path, "the type " + type.getTypeName() + " is not concrete");
        }
        Map<String, Object> scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isArray()) {
            return array(c.getComponentType(), path);
        }
        if (c.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return described(c, ordered("type", "string", "enum", names));
        }
        if (c.isRecord()) {
            return record(c, path, null);
        }
        if (c.isSealed() && c.isInterface()) {
            return sealed(c, path);
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c) || c == Optional.class) {
            throw unsupported(path, c.getSimpleName() + " needs its type arguments");
        }
        throw unsupported(path, c.getName() + " is not a record, enum, sealed interface of records or simple value");
    }

    private static Map<String, Object> scalar(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return ordered("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return ordered("type", "boolean");
        }
        if (c == int.class || c == long.class || c == short.class || c == byte.class || c == Integer.class
                || c == Long.class || c == Short.class || c == Byte.class || c == BigInteger.class) {
            return ordered("type", "integer");
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class || c == BigDecimal.class) {
            return ordered("type", "number");
        }
        return null;
    }

    private Map<String, Object> parameterized(ParameterizedType p, String path) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == Optional.class) {
            return nullable(schema(args[0], path));
        }
        if (raw == List.class || raw == Set.class || raw == Collection.class) {
            Map<String, Object> out = array(args[0], path + "[]");
            if (raw == Set.class) {
                out.put("uniqueItems", true);
            }
            return out;
        }
        if (raw == Map.class) {
            if (args[0] != String.class) {
                throw unsupported(path, "map keys must be String, not " + args[0].getTypeName());
            }
            return ordered("type", "object", "additionalProperties", schema(args[1], path + "{}"));
        }
        throw unsupported(path, raw.getName() + " is not List, Set, Collection, Map or Optional");
    }

    private Map<String, Object> array(Type element, String path) {
        return ordered("type", "array", "items", schema(element, path));
    }

    /**
     * The strict schema of an object whose properties are {@code method}'s parameters (named as
     * compiled with {@code -parameters}; else {@code arg0}, {@code arg1}, ...).
     */
    public static Map<String, Object> ofParameters(java.lang.reflect.Method method) {
        List<Property> properties = new ArrayList<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            properties.add(new Property(parameter.getName(), parameter.getParameterizedType(), parameter));
        }
        return new JsonSchemas().object(properties, method.getName(), null);
    }

    /** A property of an object schema: a record component or a method parameter. */
    private record Property(String javaName, Type type, AnnotatedElement element) {
    }

    private Map<String, Object> record(Class<?> c, String path, String discriminator) {
        if (enclosing.contains(c)) {
            throw unsupported(path, c.getSimpleName() + " is recursive: it contains itself, which a strict schema cannot describe");
        }
        enclosing.push(c);
        try {
            List<Property> properties = new ArrayList<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.add(new Property(component.getName(), component.getGenericType(), component));
            }
            return described(c, object(properties, path, discriminator));
        } finally {
            enclosing.pop();
        }
    }

    private Map<String, Object> object(List<Property> javaProperties, String path, String discriminator) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (discriminator != null) {
            properties.put(DISCRIMINATOR, ordered("type", "string", "enum", List.of(discriminator)));
        }
        for (Property p : javaProperties) {
            String name = propertyName(p.javaName());
            if (properties.containsKey(name)) {
                throw unsupported(path + "." + p.javaName(),
                        "the property " + name + " is taken by the sealed interface's discriminator or another component");
            }
            properties.put(name, described(p.element(), schema(p.type(), path + "." + p.javaName())));
        }
        return ordered("type", "object", "properties", properties,
                "required", List.copyOf(properties.keySet()), "additionalProperties", false);
    }

    private Map<String, Object> sealed(Class<?> c, String path) {
        List<Object> branches = new ArrayList<>();
        for (Class<?> permitted : c.getPermittedSubclasses()) {
            if (!permitted.isRecord()) {
                throw unsupported(path, c.getSimpleName() + " permits " + permitted.getSimpleName() + ", which is not a record");
            }
            branches.add(record(permitted, path + "<" + permitted.getSimpleName() + ">", permitted.getSimpleName()));
        }
        return described(c, ordered("anyOf", branches));
    }

    private static Map<String, Object> nullable(Map<String, Object> schema) {
        return ordered("anyOf", List.of(schema, ordered("type", "null")));
    }

    private static Map<String, Object> described(AnnotatedElement element, Map<String, Object> schema) {
        String description = descriptionOf(element);
        if (description != null) {
            schema.put("description", description);
        }
        return schema;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static String rawName(Type type) {
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }

    private static ValidationException unsupported(String path, String problem) {
        return new ValidationException(path, problem);
    }
}
