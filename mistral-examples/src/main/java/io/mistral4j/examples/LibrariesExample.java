package io.mistral4j.examples;

import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.libraries.Document;
import io.mistral4j.libraries.DocumentUploadRequest;
import io.mistral4j.libraries.Library;
import io.mistral4j.libraries.LibraryCreateRequest;
import io.mistral4j.libraries.ProcessingStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Creates a document library, uploads a short text into it, waits for its processing and reads
 * the extracted text back, then deletes the library.
 */
public final class LibrariesExample {

    static final String HANDBOOK = "Mistral4J handbook.\nLibraries hold documents that agents search.";

    private LibrariesExample() {
    }

    public static void run(MistralClient client, PrintStream out, Duration pollInterval) {
        Library library = client.libraries().create(LibraryCreateRequest.builder()
                .name("mistral4j-tour").description("made by the tour").build());
        try {
            Path file = Files.createTempFile("mistral4j-handbook", ".txt");
            try {
                Files.writeString(file, HANDBOOK);
                Document document = client.libraries().uploadDocument(library.id(), DocumentUploadRequest.of(file));
                out.printf("uploaded %s (%d bytes) into library %s: %s%n", document.name(), document.size(),
                        library.name(), document.processStatus());
                ProcessingStatus status = client.libraries().awaitProcessed(library.id(), document.id(),
                        AwaitOptions.<ProcessingStatus>builder().timeout(Duration.ofMinutes(10))
                                .pollInterval(pollInterval).build());
                out.printf("processing: %s%n", status.processStatus());
                String text = client.libraries().textContent(library.id(), document.id()).text();
                out.printf("extracted text, first line: %s%n", text.lines().findFirst().orElse(""));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            client.libraries().delete(library.id());
        }
    }
}
