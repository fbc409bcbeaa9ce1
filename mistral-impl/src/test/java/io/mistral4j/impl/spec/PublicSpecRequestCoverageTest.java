package io.mistral4j.impl.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.agents.AgentsCompletionRequest;
import io.mistral4j.batch.BatchJobRequest;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.classifiers.ChatClassificationRequest;
import io.mistral4j.classifiers.ChatModerationRequest;
import io.mistral4j.connectors.AuthenticationMethodRequest;
import io.mistral4j.connectors.ConnectorCreateRequest;
import io.mistral4j.connectors.ConnectorUpdateRequest;
import io.mistral4j.connectors.CredentialsRequest;
import io.mistral4j.connectors.OAuthServerMetadata;
import io.mistral4j.connectors.ToolCallRequest;
import io.mistral4j.classifiers.ClassificationRequest;
import io.mistral4j.embeddings.EmbeddingRequest;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.fim.FimCompletionRequest;
import io.mistral4j.models.UpdateModelRequest;
import io.mistral4j.ocr.OcrRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Diffs the request bodies of the covered operations against Mistral's public OpenAPI document
 * and lists every schema property a request's builder cannot set. The document is reference
 * data, not part of the project: it is read from {@code -Dmistral.openapi.public=PATH} or from
 * {@code shared/reference/mistral-openapi-public.yaml} beside an enclosing directory, and the
 * test is skipped when neither exists.
 */
class PublicSpecRequestCoverageTest {

    private static final String SPEC_NAME = "mistral-openapi-public.yaml";

    /** Each covered request record and where its body schema is in the document. */
    private static final Map<Class<? extends Record>, SchemaRef> COVERED = Map.ofEntries(
            Map.entry(ChatCompletionRequest.class, SchemaRef.component("ChatCompletionRequest")),
            Map.entry(FimCompletionRequest.class, SchemaRef.component("FIMCompletionRequest")),
            Map.entry(AgentsCompletionRequest.class, SchemaRef.component("AgentsCompletionRequest")),
            Map.entry(EmbeddingRequest.class, SchemaRef.component("EmbeddingRequest")),
            Map.entry(ClassificationRequest.class, SchemaRef.component("ClassificationRequest")),
            Map.entry(ChatModerationRequest.class, SchemaRef.component("ChatModerationRequest")),
            Map.entry(ChatClassificationRequest.class, SchemaRef.component("ChatClassificationRequest")),
            Map.entry(OcrRequest.class, SchemaRef.component("OCRRequest")),
            Map.entry(BatchJobRequest.class, SchemaRef.component("CreateBatchJobRequest")),
            Map.entry(UpdateModelRequest.class, SchemaRef.component("UpdateModelRequest")),
            Map.entry(FileUploadRequest.class, SchemaRef.inline("/v1/files:", "MultiPartBodyParams")),
            Map.entry(ConnectorCreateRequest.class, SchemaRef.component("CreateConnectorRequest")),
            Map.entry(ConnectorUpdateRequest.class, SchemaRef.component("UpdateConnectorRequest")),
            Map.entry(AuthenticationMethodRequest.class,
                    SchemaRef.component("AuthenticationMethodCreateOrUpdateRequest")),
            Map.entry(OAuthServerMetadata.class, SchemaRef.component("ExtendedOAuthServerMetadata")),
            Map.entry(CredentialsRequest.class, SchemaRef.component("CredentialsCreateOrUpdate")),
            Map.entry(ToolCallRequest.class, SchemaRef.component("ConnectorCallToolRequest")));

    /**
     * Properties a builder deliberately has no setter for, each with the reason. {@code stream}
     * is chosen by the method called ({@code complete} or {@code stream}), not by a field.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "ChatCompletionRequest.stream", "chosen by the method called",
            "FimCompletionRequest.stream", "chosen by the method called",
            "AgentsCompletionRequest.stream", "chosen by the method called",
            "ConnectorCreateRequest.protocol", "the constant mcp, the only value the public endpoint takes",
            "ConnectorUpdateRequest.protocol", "the constant mcp, the only value the public endpoint takes");

    /** Properties whose setter has a name of its own, checked to exist: the conversations to moderate. */
    private static final Map<String, String> SETTER_NAMES = Map.of(
            "ChatModerationRequest.input", "addConversation",
            "ChatClassificationRequest.input", "addConversation");

    @Test
    void everyPropertyOfTheCoveredRequestSchemasCanBeSet() throws IOException {
        Path spec = locateSpec();
        Assumptions.assumeTrue(spec != null, "the public OpenAPI document is not available here");
        List<String> lines = Files.readAllLines(spec);

        List<String> missing = new ArrayList<>();
        COVERED.forEach((type, ref) -> {
            Set<String> properties = ref.properties(lines);
            assertThat(properties).as("properties of %s in the document", ref).isNotEmpty();
            Set<String> settable = settableWireNames(type);
            for (String property : properties) {
                String key = type.getSimpleName() + "." + property;
                if (!settable.contains(property) && !ALLOWED.containsKey(key)
                        && !hasSetter(type, SETTER_NAMES.get(key))) {
                    missing.add(key);
                }
            }
        });

        assertThat(missing).as("schema properties no builder can set").isEmpty();
    }

    @Test
    void theSchemaReaderFindsNestedAndInlineProperties() {
        List<String> lines = List.of(
                "paths:",
                "  /v1/files:",
                "    post:",
                "            schema:",
                "              type: object",
                "              properties:",
                "                file:",
                "                  $ref: x",
                "                purpose:",
                "                  type: string",
                "              title: MultiPartBodyParams",
                "components:",
                "  schemas:",
                "    Thing:",
                "      type: object",
                "      properties:",
                "        first_name:",
                "          type: object",
                "          properties:",
                "            nested:",
                "              type: string",
                "        age:",
                "          type: integer",
                "      title: Thing",
                "    Other:",
                "      properties:",
                "        other:",
                "          type: string");

        assertThat(SchemaRef.component("Thing").properties(lines)).containsExactly("age", "first_name");
        assertThat(SchemaRef.inline("/v1/files:", "MultiPartBodyParams").properties(lines))
                .containsExactly("file", "purpose");
    }

    /** The wire names of the record's components that its builder has a setter (or adder) for. */
    private static Set<String> settableWireNames(Class<? extends Record> type) {
        Set<String> builderMethods = Arrays.stream(builderType(type).getMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (builderMethods.contains(name) || builderMethods.stream().anyMatch(m -> m.startsWith("add")
                    && capitalized.startsWith(m.substring(3)) && m.length() > 3)) {
                names.add(snakeCase(name));
            }
        }
        return names;
    }

    private static boolean hasSetter(Class<?> type, String name) {
        return name != null && Arrays.stream(builderType(type).getMethods()).anyMatch(m -> m.getName().equals(name));
    }

    private static Class<?> builderType(Class<?> type) {
        try {
            return type.getMethod("builder").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type.getSimpleName() + " has no builder()", e);
        }
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static Path locateSpec() {
        String configured = System.getProperty("mistral.openapi.public");
        if (configured != null) {
            return Files.isRegularFile(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference").resolve(SPEC_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Where a body schema is: a named component, or an inline schema (told by its title) under a
     * path. Read line by line, by indentation, as the document is laid out: property names are
     * the keys one level under the schema's own {@code properties:}.
     */
    private record SchemaRef(String anchor, String title) {

        static SchemaRef component(String name) {
            return new SchemaRef("    " + name + ":", null);
        }

        static SchemaRef inline(String path, String title) {
            return new SchemaRef("  " + path, title);
        }

        Set<String> properties(List<String> lines) {
            int start = lines.indexOf(anchor);
            if (start < 0) {
                return Set.of();
            }
            int anchorIndent = indent(lines.get(start));
            Set<String> names = new TreeSet<>();
            int propertiesIndent = -1;
            for (int i = start + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                int indent = indent(line);
                if (indent <= anchorIndent || title != null && line.trim().equals("title: " + title)) {
                    break;
                }
                if (propertiesIndent < 0) {
                    if (line.trim().equals("properties:")) {
                        propertiesIndent = indent;
                    }
                } else if (indent <= propertiesIndent) {
                    if (title == null) {
                        break;
                    }
                    propertiesIndent = line.trim().equals("properties:") ? indent : -1;
                    names.clear();
                } else if (indent == propertiesIndent + 2 && line.trim().endsWith(":")) {
                    names.add(line.trim().substring(0, line.trim().length() - 1));
                }
            }
            return names;
        }

        private static int indent(String line) {
            int n = 0;
            while (n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            return n;
        }
    }
}
