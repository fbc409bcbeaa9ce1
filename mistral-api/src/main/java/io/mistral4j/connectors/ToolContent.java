package io.mistral4j.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A block of a tool's result, told apart by {@code type}: text, image, audio, a resource link
 * or an embedded resource; a type this version does not know is kept whole as {@link Unknown}.
 *
 * <p>The canonical constructors are not part of the stable API: they gain a parameter whenever
 * the API adds a field.
 */
public sealed interface ToolContent permits ToolContent.Text, ToolContent.Image, ToolContent.Audio,
        ToolContent.ResourceLink, ToolContent.EmbeddedResource, ToolContent.Unknown {

    /** The block's type as sent. */
    String type();

    /**
     * Text.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param text        the text
     * @param annotations audience and priority hints, or null
     * @param meta        its {@code _meta} data, or null
     */
    record Text(String text, Map<String, Object> annotations, Map<String, Object> meta) implements ToolContent {
        /** The block's {@code type} on the wire. */
        public static final String TYPE = "text";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * An image.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param data        its bytes in base64
     * @param mimeType    its media type
     * @param annotations audience and priority hints, or null
     * @param meta        its {@code _meta} data, or null
     */
    record Image(String data, String mimeType, Map<String, Object> annotations, Map<String, Object> meta)
            implements ToolContent {
        /** The block's {@code type} on the wire. */
        public static final String TYPE = "image";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * Audio.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param data        its bytes in base64
     * @param mimeType    its media type
     * @param annotations audience and priority hints, or null
     * @param meta        its {@code _meta} data, or null
     */
    record Audio(String data, String mimeType, Map<String, Object> annotations, Map<String, Object> meta)
            implements ToolContent {
        /** The block's {@code type} on the wire. */
        public static final String TYPE = "audio";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A link to a resource the server can read.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param name        its name
     * @param title       its title, or null
     * @param uri         its URI
     * @param description its description, or null
     * @param mimeType    its media type, or null
     * @param size        its size in bytes, or null
     * @param icons       its icons, or null
     * @param annotations audience and priority hints, or null
     * @param meta        its {@code _meta} data, or null
     */
    record ResourceLink(String name, String title, String uri, String description, String mimeType, Long size,
                        List<McpIcon> icons, Map<String, Object> annotations, Map<String, Object> meta)
            implements ToolContent {
        /** The block's {@code type} on the wire. */
        public static final String TYPE = "resource_link";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A resource embedded in the result.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param resource    its contents
     * @param annotations audience and priority hints, or null
     * @param meta        its {@code _meta} data, or null
     */
    record EmbeddedResource(ResourceContents resource, Map<String, Object> annotations, Map<String, Object> meta)
            implements ToolContent {
        /** The block's {@code type} on the wire. */
        public static final String TYPE = "resource";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A block of a type this version does not know, kept whole.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param type   its type as sent
     * @param fields its other fields as JSON values
     */
    record Unknown(String type, Map<String, Object> fields) implements ToolContent {
        /** Requires the type; copies the fields, a missing map becoming empty. */
        public Unknown {
            Objects.requireNonNull(type, "type");
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }
}
