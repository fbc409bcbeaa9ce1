package io.mistral4j.impl.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.spi.ApiCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            // deletes
            new Operation("files.delete", "DELETE", SAFE),
            new Operation("models.delete", "DELETE", SAFE),
            new Operation("models.unarchive", "DELETE", SAFE),
            new Operation("agents.delete", "DELETE", SAFE),
            new Operation("agents.delete_alias", "DELETE", SAFE),
            // state: created, changed, started or stopped
            new Operation("files.upload", "POST", CREATES_STATE),
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
            new Operation("models.archive", "POST", CREATES_STATE));

    /** Dotted operation names, the {@code OPERATION} constants and the classifiers' operation table. */
    private static final Pattern OPERATION_NAME = Pattern.compile(
            "\"([a-z_]+(?:\\.[a-z_]+)+)\"|OPERATION\\s*=\\s*\"([a-z_]+)\"|new Operation<>\\(\\s*\"([a-z_.]+)\"");

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

    @Test
    void eachOperationIsClassifiedAsIntended() {
        Map<String, Boolean> wrong = new TreeMap<>();
        OPERATIONS.values().stream().filter(operation -> OperationSafety.isSafeToRepeat(operation.call()) != operation.safe())
                .forEach(operation -> wrong.put(operation.name(), !operation.safe()));

        assertThat(wrong).as("operations classified the wrong way (true: taken as safe)").isEmpty();
    }

    @Test
    void theTableHoldsEveryOperationTheServicesSend() throws IOException {
        Set<String> sent = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/mistral4j/impl"))) {
            for (Path source : (Iterable<Path>) sources.filter(OperationSafetyTest::isService)::iterator) {
                Matcher names = OPERATION_NAME.matcher(Files.readString(source));
                while (names.find()) {
                    for (int group = 1; group <= names.groupCount(); group++) {
                        if (names.group(group) != null) {
                            sent.add(names.group(group));
                        }
                    }
                }
            }
        }

        assertThat(sent).as("operation names in the services").hasSizeGreaterThan(30);
        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void anUnknownOrNewWritingOperationCreatesStateAndAnyReadOrDeleteIsSafe() {
        assertThat(OperationSafety.isSafeToRepeat(new Operation("libraries.create", "POST", false).call())).isFalse();
        assertThat(OperationSafety.isSafeToRepeat(new Operation("chat", "PUT", false).call())).isFalse();
        assertThat(OperationSafety.isSafeToRepeat(new Operation("conversations.append", "POST", false).call()))
                .isFalse();
        assertThat(OperationSafety.isSafeToRepeat(new Operation("libraries.list", "get", true).call())).isTrue();
        assertThat(OperationSafety.isSafeToRepeat(new Operation("libraries.delete", "DELETE", true).call())).isTrue();
    }

    private static boolean isService(Path source) {
        String name = source.getFileName().toString();
        return name.endsWith("Service.java");
    }
}
