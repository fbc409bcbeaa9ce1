package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.OpenEnum;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reads and writes every {@link OpenEnum} as its plain string through the class's static
 * {@code of(String)} factory, so unknown values survive a round trip.
 */
final class OpenEnumAdapterFactory implements TypeAdapterFactory {

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!OpenEnum.class.isAssignableFrom(raw) || raw == OpenEnum.class) {
            return null;
        }
        MethodHandle factory = factoryOf(raw);
        return new TypeAdapter<T>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    out.value(((OpenEnum) value).value());
                }
            }

            @Override
            @SuppressWarnings("unchecked")
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                String value = in.nextString();
                try {
                    return (T) factory.invoke(value);
                } catch (Throwable e) {
                    throw new JsonParseException("cannot read '" + value + "' as " + raw.getSimpleName(), e);
                }
            }
        }.nullSafe();
    }

    private static MethodHandle factoryOf(Class<?> type) {
        try {
            return MethodHandles.publicLookup().findStatic(type, "of", MethodType.methodType(type, String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no public static of(String)", e);
        }
    }
}
