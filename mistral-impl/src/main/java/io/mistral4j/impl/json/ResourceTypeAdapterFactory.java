package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.finetuning.GithubRepository;
import io.mistral4j.finetuning.WandbIntegration;
import io.mistral4j.models.BaseModelCard;
import io.mistral4j.models.FineTunedModelCard;
import io.mistral4j.models.ModelCard;
import java.io.IOException;
import java.util.Map;

/**
 * Adapters for the models, files, fine-tuning and batch types whose JSON is not a plain
 * record: model cards told apart by {@code type} (an unknown type reads as a base card that
 * keeps it), and request records that carry a constant {@code type} on the wire
 * ({@code wandb} integrations, {@code github} repositories).
 */
final class ResourceTypeAdapterFactory implements TypeAdapterFactory {

    private static final Map<Class<?>, String> CONSTANT_TYPES = Map.of(
            WandbIntegration.class, WandbIntegration.TYPE,
            GithubRepository.class, GithubRepository.TYPE);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == ModelCard.class) {
            return (TypeAdapter<T>) new ModelCardAdapter(gson).nullSafe();
        }
        String constant = CONSTANT_TYPES.get(raw);
        if (constant != null) {
            return new ConstantTypeAdapter<>(gson.getDelegateAdapter(this, type), gson, constant).nullSafe();
        }
        return null;
    }

    /** Reads a fine-tuned or base card by {@code type}; writes whichever record it is given. */
    private static final class ModelCardAdapter extends TypeAdapter<ModelCard> {
        private final Gson gson;

        ModelCardAdapter(Gson gson) {
            this.gson = gson;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(JsonWriter out, ModelCard value) throws IOException {
            ((TypeAdapter<ModelCard>) gson.getAdapter(value.getClass())).write(out, value);
        }

        @Override
        public ModelCard read(JsonReader in) throws IOException {
            JsonElement element = JsonParser.parseReader(in);
            if (!element.isJsonObject()) {
                throw new JsonParseException("expected a model card object at " + in.getPath() + ", found "
                        + element);
            }
            JsonObject object = element.getAsJsonObject();
            JsonElement tag = object.get("type");
            boolean fineTuned = tag != null && tag.isJsonPrimitive() && FineTunedModelCard.TYPE.equals(tag.getAsString());
            return fineTuned ? gson.fromJson(object, FineTunedModelCard.class) : gson.fromJson(object, BaseModelCard.class);
        }
    }

    /** Writes a record with a constant {@code "type"} first; reads it ignoring that field. */
    private static final class ConstantTypeAdapter<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> delegate;
        private final TypeAdapter<JsonElement> elements;
        private final String type;

        ConstantTypeAdapter(TypeAdapter<T> delegate, Gson gson, String type) {
            this.delegate = delegate;
            this.elements = gson.getAdapter(JsonElement.class);
            this.type = type;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            JsonObject tagged = new JsonObject();
            tagged.addProperty("type", type);
            delegate.toJsonTree(value).getAsJsonObject().entrySet().forEach(e -> tagged.add(e.getKey(), e.getValue()));
            elements.write(out, tagged);
        }

        @Override
        public T read(JsonReader in) throws IOException {
            return delegate.read(in);
        }
    }
}
