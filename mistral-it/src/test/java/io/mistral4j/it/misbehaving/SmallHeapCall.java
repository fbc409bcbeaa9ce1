package io.mistral4j.it.misbehaving;

import io.mistral4j.MistralClient;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.ResponseTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The child JVM of a memory case: makes one call against the server at the given URL and writes
 * what happened to a report file for {@link SmallHeapJvm}. Arguments: transport, base URL,
 * {@link MemoryCase} name, report path. Exits as soon as the report is written.
 */
final class SmallHeapCall {

    /** Longer than any bound asserted, so that only a size limit ends a call in time. */
    static final Duration FAR_DEADLINE = Duration.ofSeconds(45);
    static final Duration WAIT = Duration.ofSeconds(18);

    private SmallHeapCall() {
    }

    public static void main(String[] args) throws Exception {
        String transport = args[0];
        String baseUrl = args[1];
        MemoryCase memoryCase = MemoryCase.valueOf(args[2]);
        Path report = Path.of(args[3]);
        List<String> events = new CopyOnWriteArrayList<>();
        Properties facts = new Properties();
        try (MistralClient client = ClientFixture.builder(baseUrl, transport).callTimeout(FAR_DEADLINE)
                .streamIdleTimeout(FAR_DEADLINE).responseTimeout(FAR_DEADLINE).readTimeout(FAR_DEADLINE).build()) {
            Outcome<Object> outcome = Outcome.of(() -> memoryCase.call(client, events), WAIT);
            describe(outcome, facts);
            facts.setProperty("events", String.join("\u0001", events));
            write(facts, report);
        }
        System.exit(0);
    }

    private static void describe(Outcome<Object> outcome, Properties facts) {
        facts.setProperty("ended", Boolean.toString(outcome.ended()));
        facts.setProperty("elapsedMillis", Long.toString(outcome.elapsed().toMillis()));
        facts.setProperty("outOfMemory", Boolean.toString(outcome.ranOutOfMemory()));
        Throwable failure = outcome.failure();
        if (failure == null) {
            return;
        }
        facts.setProperty("failure", failure.getClass().getName());
        facts.setProperty("message", String.valueOf(failure.getMessage()));
        if (failure instanceof ResponseTooLargeException) {
            facts.setProperty("limitBytes", Long.toString(((ResponseTooLargeException) failure).limitBytes()));
        }
        if (failure instanceof MistralServiceException) {
            MistralServiceException service = (MistralServiceException) failure;
            String body = service.rawBody() == null ? "" : service.rawBody();
            facts.setProperty("statusCode", Integer.toString(service.statusCode()));
            facts.setProperty("rawBodyLength", Integer.toString(body.length()));
            facts.setProperty("rawBodyStart", body.substring(0, Math.min(40, body.length())));
        }
    }

    private static void write(Properties facts, Path report) throws IOException {
        Path partial = report.resolveSibling(report.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            facts.store(out, null);
        }
        Files.move(partial, report); // whole or absent: a crash never leaves half a report
    }
}
