package io.mistral4j.tools;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a tool for {@link JavaTool#fromMethods(Object)}; describe it with
 * {@link io.mistral4j.schema.Description} on the method and its parameters.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ToolMethod {

    /** The tool's name as the model calls it; the method's name when empty. */
    String name() default "";
}
