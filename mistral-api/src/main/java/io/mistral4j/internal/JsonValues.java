package io.mistral4j.internal;

import io.mistral4j.spi.JsonValueCodec;
import java.lang.reflect.Type;
import java.util.ServiceLoader;

/** The implementation's {@link JsonValueCodec}, found once through the service loader. */
public final class JsonValues {

    private static volatile JsonValueCodec codec;

    private JsonValues() {
    }

    /** Reads {@code json} as a {@code type}. */
    public static <T> T read(String json, Type type) {
        return codec().read(json, type);
    }

    /** Writes {@code value} as JSON. */
    public static String write(Object value) {
        return codec().write(value);
    }

    private static JsonValueCodec codec() {
        JsonValueCodec found = codec;
        if (found == null) {
            found = ServiceLoader.load(JsonValueCodec.class, JsonValues.class.getClassLoader()).findFirst()
                    .or(() -> ServiceLoader.load(JsonValueCodec.class).findFirst())
                    .orElseThrow(() -> new IllegalStateException(
                            "no JSON codec found: add mistral-impl to the class path or module path"));
            codec = found;
        }
        return found;
    }
}
