package io.mistral4j.connectors;

import java.util.Map;

/**
 * How the platform connects to a connector (the spec's {@code PublicConnectionConfig}). Header
 * values never print.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param type    {@code mcp}, {@code turbine} or {@code eolienne}
 * @param baseUrl the base URL, or null
 * @param headers headers sent to it, or null
 * @param signed  whether requests are signed, or null
 */
public record ConnectionConfig(String type, String baseUrl, Map<String, String> headers, Boolean signed) {

    @Override
    public String toString() {
        return "ConnectionConfig[type=" + type + ", baseUrl=" + baseUrl + ", headers=" + Secrets.maskValues(headers)
                + ", signed=" + signed + ']';
    }
}
