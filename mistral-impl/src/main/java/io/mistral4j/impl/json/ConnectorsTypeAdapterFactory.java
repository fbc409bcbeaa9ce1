package io.mistral4j.impl.json;

import com.google.gson.FieldNamingStrategy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import io.mistral4j.connectors.McpIcon;
import io.mistral4j.connectors.McpResultMetadata;
import io.mistral4j.connectors.McpTool;
import io.mistral4j.connectors.ResourceContents;
import io.mistral4j.connectors.ToolAnnotations;
import io.mistral4j.connectors.ToolContent;
import io.mistral4j.impl.json.tagged.DiscriminatedAdapter;
import io.mistral4j.impl.json.tagged.TaggedRecordAdapter;
import io.mistral4j.impl.json.tagged.UnknownTaggedAdapter;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Adapters of the connector types that hold MCP's own JSON: its fields are camelCase
 * ({@code inputSchema}, {@code mimeType}, {@code isError}) and its metadata is {@code _meta},
 * where the rest of the API is snake_case. Those records are read and written by a second Gson
 * that keeps component names as they are (a {@code meta} component being {@code _meta}); a
 * tool result's content blocks are told apart by {@code type}, an unknown type kept whole.
 */
final class ConnectorsTypeAdapterFactory implements TypeAdapterFactory {

    private static final Map<String, Class<? extends ToolContent>> CONTENT = Map.of(
            ToolContent.Text.TYPE, ToolContent.Text.class,
            ToolContent.Image.TYPE, ToolContent.Image.class,
            ToolContent.Audio.TYPE, ToolContent.Audio.class,
            ToolContent.ResourceLink.TYPE, ToolContent.ResourceLink.class,
            ToolContent.EmbeddedResource.TYPE, ToolContent.EmbeddedResource.class);

    /** The records whose wire names are MCP's, besides the content blocks. */
    private static final Set<Class<?>> MCP_NAMED = Set.of(McpTool.class, McpIcon.class, ToolAnnotations.class,
            ResourceContents.class, McpResultMetadata.class);

    private static final FieldNamingStrategy MCP_NAMES = field -> field.getName().equals("meta") ? "_meta"
            : field.getName();

    /** The Gson of MCP's names, or null in the factory that Gson itself uses. */
    private final Gson mcp;

    ConnectorsTypeAdapterFactory() {
        this.mcp = new GsonBuilder()
                .setFieldNamingStrategy(MCP_NAMES)
                .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
                .disableHtmlEscaping()
                .registerTypeAdapterFactory(new OpenEnumAdapterFactory())
                .registerTypeAdapterFactory(new ConnectorsTypeAdapterFactory(null))
                .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
                .create();
    }

    private ConnectorsTypeAdapterFactory(Gson mcp) {
        this.mcp = mcp;
    }

    private static boolean mcpNamed(Class<?> raw) {
        return MCP_NAMED.contains(raw) || ToolContent.class.isAssignableFrom(raw);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!mcpNamed(raw)) {
            return null;
        }
        if (mcp != null) {
            return mcp.getAdapter(type); // the snake_case Gson hands MCP's records over
        }
        if (raw == ToolContent.class) {
            return (TypeAdapter<T>) new DiscriminatedAdapter<>(gson, "type", CONTENT,
                    ConnectorsTypeAdapterFactory::unknownContent).nullSafe();
        }
        if (CONTENT.containsValue(raw)) {
            return new TaggedRecordAdapter<>(gson.getDelegateAdapter(this, type), gson, "type",
                    value -> ((ToolContent) value).type()).nullSafe();
        }
        if (raw == ToolContent.Unknown.class) {
            return (TypeAdapter<T>) new UnknownTaggedAdapter<>(gson, "type", ToolContent.Unknown::type,
                    ToolContent.Unknown::fields, ConnectorsTypeAdapterFactory::unknownContent).nullSafe();
        }
        return null;
    }

    private static ToolContent.Unknown unknownContent(Gson gson, String type, JsonObject object) {
        return new ToolContent.Unknown(type, UnknownTaggedAdapter.fieldsBesideTag(gson, object, "type"));
    }
}
