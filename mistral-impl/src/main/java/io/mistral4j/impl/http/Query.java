package io.mistral4j.impl.http;

import io.mistral4j.RequestOptions;
import io.mistral4j.spi.ApiCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query parameters in order; null values and empty lists are left out. */
public final class Query {

    private final Map<String, String> single = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();

    public Query add(String name, Object value) {
        if (value != null) {
            single.put(name, String.valueOf(value));
        }
        return this;
    }

    /** A parameter sent once per value ({@code status=A&status=B}). */
    public Query addEach(String name, List<?> values) {
        if (values != null && !values.isEmpty()) {
            List<String> strings = new ArrayList<>(values.size());
            values.forEach(v -> strings.add(String.valueOf(v)));
            repeated.put(name, List.copyOf(strings));
        }
        return this;
    }

    /** A body-less call with these parameters. */
    public ApiCall call(String operation, String method, String path, Object request, RequestOptions options) {
        return ServiceCalls.call(operation, method, path, new LinkedHashMap<>(single), new LinkedHashMap<>(repeated),
                request, options);
    }
}
