package io.mistral4j.impl.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.mistral4j.agents.AgentTool;
import io.mistral4j.agents.CodeInterpreterTool;
import io.mistral4j.agents.CompletionArgs;
import io.mistral4j.agents.ConnectorTool;
import io.mistral4j.agents.DocumentLibraryTool;
import io.mistral4j.agents.FunctionTool;
import io.mistral4j.agents.ImageGenerationTool;
import io.mistral4j.agents.UnknownAgentTool;
import io.mistral4j.agents.WebSearchPremiumTool;
import io.mistral4j.agents.WebSearchTool;
import io.mistral4j.impl.json.tagged.DiscriminatedAdapter;
import io.mistral4j.impl.json.tagged.TaggedRecordAdapter;
import io.mistral4j.impl.json.tagged.UnknownTaggedAdapter;
import java.io.IOException;
import java.util.Map;

/**
 * Adapters for the agent types whose JSON is not a plain record: tools told apart by
 * {@code type} (an unknown type kept whole as an {@link UnknownAgentTool}), and completion
 * arguments whose {@code stop} is one string or a list.
 */
final class AgentTypeAdapterFactory implements TypeAdapterFactory {

    private static final Map<String, Class<? extends AgentTool>> TOOLS = Map.of(
            FunctionTool.TYPE, FunctionTool.class,
            WebSearchTool.TYPE, WebSearchTool.class,
            WebSearchPremiumTool.TYPE, WebSearchPremiumTool.class,
            CodeInterpreterTool.TYPE, CodeInterpreterTool.class,
            ImageGenerationTool.TYPE, ImageGenerationTool.class,
            DocumentLibraryTool.TYPE, DocumentLibraryTool.class,
            ConnectorTool.TYPE, ConnectorTool.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == AgentTool.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", TOOLS,
                    AgentTypeAdapterFactory::unknownTool).nullSafe();
        }
        if (TOOLS.containsValue(raw)) {
            return new TaggedRecordAdapter<>(
                    gson.getDelegateAdapter(this, type), gson, "type", value -> ((AgentTool) value).type()).nullSafe();
        }
        if (raw == UnknownAgentTool.class) {
            return (TypeAdapter<T>) new UnknownTaggedAdapter<>(gson, "type", UnknownAgentTool::type,
                    UnknownAgentTool::fields, AgentTypeAdapterFactory::unknownTool).nullSafe();
        }
        if (raw == CompletionArgs.class) {
            return (TypeAdapter<T>) new CompletionArgsAdapter(gson.getDelegateAdapter(this,
                    TypeToken.get(CompletionArgs.class)), gson).nullSafe();
        }
        return null;
    }

    private static UnknownAgentTool unknownTool(Gson gson, String type, JsonObject object) {
        JsonObject fields = object.deepCopy();
        fields.remove("type");
        Map<String, Object> map = gson.fromJson(fields, new TypeToken<Map<String, Object>>() { }.getType());
        return new UnknownAgentTool(type, map);
    }

    /** {@code stop} arrives as one string or a list; both become a list. Written as a list. */
    private static final class CompletionArgsAdapter extends TypeAdapter<CompletionArgs> {
        private final TypeAdapter<CompletionArgs> delegate;
        private final TypeAdapter<JsonElement> elements;

        CompletionArgsAdapter(TypeAdapter<CompletionArgs> delegate, Gson gson) {
            this.delegate = delegate;
            this.elements = gson.getAdapter(JsonElement.class);
        }

        @Override
        public void write(JsonWriter out, CompletionArgs value) throws IOException {
            delegate.write(out, value);
        }

        @Override
        public CompletionArgs read(JsonReader in) throws IOException {
            JsonElement element = elements.read(in);
            if (element.isJsonObject()) {
                JsonObject object = element.getAsJsonObject();
                JsonElement stop = object.get("stop");
                if (stop != null && stop.isJsonPrimitive()) {
                    com.google.gson.JsonArray list = new com.google.gson.JsonArray();
                    list.add(stop);
                    object.add("stop", list);
                }
            }
            return delegate.fromJsonTree(element);
        }
    }
}
