package io.mistral4j.tools;

import io.mistral4j.chat.FunctionCall;
import io.mistral4j.chat.FunctionDefinition;
import io.mistral4j.chat.Tool;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.JsonValues;
import io.mistral4j.schema.JsonSchemas;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A tool the model may call together with the Java code that answers it. The result is sent to
 * the model as text: a {@code String} as it is, anything else as JSON.
 */
public final class JavaTool {

    private final Tool definition;
    private final Function<FunctionCall, Object> code;

    private JavaTool(Tool definition, Function<FunctionCall, Object> code) {
        this.definition = definition;
        this.code = code;
    }

    /**
     * A strict tool whose arguments are a {@code argumentsType} (a record, see
     * {@link io.mistral4j.schema.JsonSchemas}) answered by {@code function}.
     */
    public static <A> JavaTool of(String name, String description, Class<A> argumentsType,
            Function<? super A, ?> function) {
        Objects.requireNonNull(function, "function");
        return new JavaTool(Tool.function(name, description, argumentsType),
                call -> function.apply(call.arguments(argumentsType)));
    }

    /**
     * One tool per public method of {@code target} annotated with {@link ToolMethod}, its arguments
     * being the method's parameters (compile with {@code -parameters} so that they keep their names).
     */
    public static List<JavaTool> fromMethods(Object target) {
        List<JavaTool> tools = new ArrayList<>();
        for (Method method : target.getClass().getMethods()) {
            ToolMethod annotation = method.getAnnotation(ToolMethod.class);
            if (annotation != null) {
                tools.add(fromMethod(target, method, annotation));
            }
        }
        if (tools.isEmpty()) {
            throw new ValidationException("target", target.getClass().getName() + " has no public @ToolMethod method");
        }
        return List.copyOf(tools);
    }

    private static JavaTool fromMethod(Object target, Method method, ToolMethod annotation) {
        if (Modifier.isStatic(method.getModifiers())) {
            throw new ValidationException(method.getName(), "a @ToolMethod must not be static");
        }
        String name = annotation.name().isEmpty() ? method.getName() : annotation.name();
        FunctionDefinition definition = new FunctionDefinition(name, JsonSchemas.descriptionOf(method),
                JsonSchemas.ofParameters(method), true);
        Parameter[] parameters = method.getParameters();
        return new JavaTool(Tool.function(definition), call -> invoke(target, method, parameters, call));
    }

    private static Object invoke(Object target, Method method, Parameter[] parameters, FunctionCall call) {
        Map<?, ?> arguments = call.arguments(Map.class);
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Object raw = arguments.get(JsonSchemas.propertyName(parameters[i].getName()));
            values[i] = JsonValues.read(JsonValues.write(raw), parameters[i].getParameterizedType());
        }
        try {
            return method.invoke(target, values);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /** The tool's name, as the model calls it. */
    public String name() {
        return definition.function().name();
    }

    /** The definition sent to the model. */
    public Tool definition() {
        return definition;
    }

    /** Runs the tool on the model's call and returns the result as the text the model reads. */
    public String call(FunctionCall call) {
        Object result = code.apply(call);
        return result instanceof String text ? text : JsonValues.write(result);
    }
}
