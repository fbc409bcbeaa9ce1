package io.mistral4j.connectors;

import java.util.List;
import java.util.Map;

/**
 * A connector's execution environment (the spec's {@code PublicExecutionEnv}): the function tools it
 * exposes and the data the platform runs them with, as JSON values.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param tools             the function tools ({@code type}, {@code function})
 * @param toolExecutionData the integrations and tools the platform runs
 * @param errors            errors met building it
 */
public record ExecutionEnv(List<Map<String, Object>> tools, Map<String, Object> toolExecutionData, List<String> errors) {

}
