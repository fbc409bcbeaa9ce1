package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.spi.ApiCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every operation the services send is classified as intended: safe to repeat, or creating state. */
class OperationSafetyTest {

    private static final boolean SAFE = true;
    private static final boolean CREATES_STATE = false;

    /** Each operation of the services with its HTTP method and whether a second send is harmless. */
    private static final Map<String, Operation> OPERATIONS = operations(
            // stateless generation, streamed or not
            new Operation("chat", "POST", SAFE),
            new Operation("text_completion", "POST", SAFE),
            new Operation("embeddings", "POST", SAFE),
            new Operation("moderations", "POST", SAFE),
            new Operation("chat.moderations", "POST", SAFE),
            new Operation("classifications", "POST", SAFE),
            new Operation("chat.classifications", "POST", SAFE),
            new Operation("ocr", "POST", SAFE),
            new Operation("audio.transcriptions", "POST", SAFE),
            new Operation("audio.speech", "POST", SAFE),
            new Operation("invoke_agent", "POST", SAFE),
            // reads
            new Operation("models.list", "GET", SAFE),
            new Operation("models.retrieve", "GET", SAFE),
            new Operation("files.list", "GET", SAFE),
            new Operation("files.retrieve", "GET", SAFE),
            new Operation("files.download", "GET", SAFE),
            new Operation("files.get_signed_url", "GET", SAFE),
            new Operation("fine_tuning.jobs.list", "GET", SAFE),
            new Operation("fine_tuning.jobs.get", "GET", SAFE),
            new Operation("batch.jobs.list", "GET", SAFE),
            new Operation("batch.jobs.get", "GET", SAFE),
            new Operation("agents.list", "GET", SAFE),
            new Operation("agents.list_pages", "GET", SAFE),
            new Operation("agents.get", "GET", SAFE),
            new Operation("agents.list_versions", "GET", SAFE),
            new Operation("agents.get_version", "GET", SAFE),
            new Operation("agents.list_version_aliases", "GET", SAFE),
            new Operation("audio.voices.list", "GET", SAFE),
            new Operation("audio.voices.get", "GET", SAFE),
            new Operation("audio.voices.sample", "GET", SAFE),
            // deletes
            new Operation("libraries.list", "GET", SAFE),
            new Operation("libraries.get", "GET", SAFE),
            new Operation("libraries.documents.list", "GET", SAFE),
            new Operation("libraries.documents.get", "GET", SAFE),
            new Operation("libraries.documents.get_text_content", "GET", SAFE),
            new Operation("libraries.documents.get_status", "GET", SAFE),
            new Operation("libraries.documents.get_signed_url", "GET", SAFE),
            new Operation("libraries.documents.get_extracted_text_signed_url", "GET", SAFE),
            new Operation("libraries.share.list", "GET", SAFE),
            new Operation("libraries.delete", "DELETE", SAFE),
            new Operation("libraries.documents.delete", "DELETE", SAFE),
            new Operation("libraries.share.delete", "DELETE", SAFE),
            new Operation("connectors.list", "GET", SAFE),
            new Operation("connectors.get", "GET", SAFE),
            new Operation("connectors.auth_url", "GET", SAFE),
            new Operation("connectors.tools.list", "GET", SAFE),
            new Operation("connectors.authentication_methods", "GET", SAFE),
            new Operation("connectors.organization.credentials.list", "GET", SAFE),
            new Operation("connectors.workspace.credentials.list", "GET", SAFE),
            new Operation("connectors.user.credentials.list", "GET", SAFE),
            new Operation("connectors.delete", "DELETE", SAFE),
            new Operation("connectors.unshare", "DELETE", SAFE),
            new Operation("connectors.organization.credentials.delete", "DELETE", SAFE),
            new Operation("connectors.workspace.credentials.delete", "DELETE", SAFE),
            new Operation("connectors.user.credentials.delete", "DELETE", SAFE),
            new Operation("connectors.user.credentials.delete_all", "DELETE", SAFE),
            new Operation("files.delete", "DELETE", SAFE),
            new Operation("batch.jobs.delete", "DELETE", SAFE),
            new Operation("models.delete", "DELETE", SAFE),
            new Operation("models.unarchive", "DELETE", SAFE),
            new Operation("agents.delete", "DELETE", SAFE),
            new Operation("agents.delete_alias", "DELETE", SAFE),
            new Operation("audio.voices.delete", "DELETE", SAFE),
            new Operation("conversations.list", "GET", SAFE),
            new Operation("conversations.get", "GET", SAFE),
            new Operation("conversations.history", "GET", SAFE),
            new Operation("conversations.messages", "GET", SAFE),
            new Operation("conversations.delete", "DELETE", SAFE),
            // state: created, changed, started or stopped
            new Operation("files.upload", "POST", CREATES_STATE),
            new Operation("libraries.create", "POST", CREATES_STATE),
            new Operation("libraries.update", "PUT", CREATES_STATE),
            new Operation("libraries.patch", "PATCH", CREATES_STATE),
            new Operation("libraries.documents.upload", "POST", CREATES_STATE),
            new Operation("libraries.documents.update", "PUT", CREATES_STATE),
            new Operation("libraries.documents.patch", "PATCH", CREATES_STATE),
            new Operation("libraries.documents.reprocess", "POST", CREATES_STATE),
            new Operation("libraries.share.create", "PUT", CREATES_STATE),
            new Operation("connectors.create", "POST", CREATES_STATE),
            new Operation("connectors.update", "PATCH", CREATES_STATE),
            new Operation("connectors.share", "PUT", CREATES_STATE),
            new Operation("connectors.activate", "POST", CREATES_STATE),
            new Operation("connectors.deactivate", "POST", CREATES_STATE),
            // a tool call may act on the connector's service
            new Operation("connectors.tools.call", "POST", CREATES_STATE),
            new Operation("connectors.organization.credentials.save", "POST", CREATES_STATE),
            new Operation("connectors.workspace.credentials.save", "POST", CREATES_STATE),
            new Operation("connectors.user.credentials.save", "POST", CREATES_STATE),
            new Operation("fine_tuning.jobs.create", "POST", CREATES_STATE),
            new Operation("fine_tuning.jobs.start", "POST", CREATES_STATE),
            new Operation("fine_tuning.jobs.cancel", "POST", CREATES_STATE),
            new Operation("batch.jobs.create", "POST", CREATES_STATE),
            new Operation("batch.jobs.cancel", "POST", CREATES_STATE),
            new Operation("agents.create", "POST", CREATES_STATE),
            new Operation("agents.update", "PATCH", CREATES_STATE),
            new Operation("agents.update_version", "PATCH", CREATES_STATE),
            new Operation("agents.create_or_update_alias", "PUT", CREATES_STATE),
            new Operation("models.update", "PATCH", CREATES_STATE),
            new Operation("models.archive", "POST", CREATES_STATE),
            new Operation("audio.voices.create", "POST", CREATES_STATE),
            new Operation("audio.voices.update", "PATCH", CREATES_STATE),
            // a conversation's turns add entries (a restart, a whole new conversation)
            new Operation("conversations.start", "POST", CREATES_STATE),
            new Operation("conversations.append", "POST", CREATES_STATE),
            new Operation("conversations.restart", "POST", CREATES_STATE));

    private record Operation(String name, String method, boolean safe) {
        ApiCall call() {
            return new ApiCall(name, null, method, "/v1/anything", null, null, false, null, null);
        }
    }

    private static Map<String, Operation> operations(Operation... operations) {
        Map<String, Operation> byName = new TreeMap<>();
        for (Operation operation : operations) {
            byName.put(operation.name(), operation);
        }
        return byName;
    }

    /** Every operation descriptor the services declare ({@code static final Operation} fields). */
    private static List<io.mistral4j.impl.operation.Operation<?, ?>> descriptors() throws Exception {
        List<io.mistral4j.impl.operation.Operation<?, ?>> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(OperationSafetyTest::isService)::iterator) {
                String className = Path.of("src/main/java").relativize(source).toString()
                        .replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", "");
                for (Field field : Class.forName(className).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())
                            && field.getType() == io.mistral4j.impl.operation.Operation.class) {
                        field.setAccessible(true);
                        found.add((io.mistral4j.impl.operation.Operation<?, ?>) field.get(null));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void eachDescriptorIsClassifiedAsIntended() throws Exception {
        Map<String, String> wrong = new TreeMap<>();
        for (io.mistral4j.impl.operation.Operation<?, ?> descriptor : descriptors()) {
            Operation intended = OPERATIONS.get(descriptor.name());
            if (intended == null) {
                wrong.put(descriptor.name(), "not in the table");
            } else if (intended.safe() != descriptor.safeToRepeat() || !intended.method().equals(descriptor.method())) {
                wrong.put(descriptor.name(), descriptor.method() + (descriptor.safeToRepeat() ? " safe" : " creates state"));
            }
        }

        assertThat(wrong).as("descriptors classified otherwise than the table says").isEmpty();
    }

    @Test
    void theTableHoldsEveryOperationTheServicesSendAndNoOther() throws Exception {
        Set<String> declared = new TreeSet<>();
        descriptors().forEach(descriptor -> declared.add(descriptor.name()));

        assertThat(declared).as("operation names in the services").hasSizeGreaterThan(30);
        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void aCallSafetyIsWhatItsDescriptorOrItsMethodSays() {
        for (Operation operation : OPERATIONS.values()) {
            ApiCall byMethod = operation.call();
            assertThat(OperationSafety.isSafeToRepeat(byMethod)).as(operation.name())
                    .isEqualTo(ApiCall.readsOrDeletes(operation.method()));
        }
        assertThat(OperationSafety.isSafeToRepeat(new Operation("libraries.list", "get", true).call())).isTrue();
        assertThat(OperationSafety.isSafeToRepeat(new Operation("libraries.create", "POST", false).call())).isFalse();
    }

    private static boolean isService(Path source) {
        String name = source.getFileName().toString();
        return name.startsWith("Default") && name.endsWith("Service.java");
    }
}
