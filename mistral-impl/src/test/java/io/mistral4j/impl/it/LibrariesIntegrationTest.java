package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.ApiResponse;
import io.mistral4j.AwaitOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.errors.JobTimeoutException;
import io.mistral4j.errors.NotFoundException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.SignedUrl;
import io.mistral4j.files.UploadContent;
import io.mistral4j.libraries.Document;
import io.mistral4j.libraries.DocumentListRequest;
import io.mistral4j.libraries.DocumentUpdateRequest;
import io.mistral4j.libraries.DocumentUploadRequest;
import io.mistral4j.libraries.LibrariesService;
import io.mistral4j.libraries.Library;
import io.mistral4j.libraries.LibraryCreateRequest;
import io.mistral4j.libraries.LibraryListRequest;
import io.mistral4j.libraries.LibraryUpdateRequest;
import io.mistral4j.libraries.ProcessingStatus;
import io.mistral4j.libraries.Sharing;
import io.mistral4j.libraries.SharingDeleteRequest;
import io.mistral4j.libraries.SharingRequest;
import io.mistral4j.pagination.Page;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.SimulatedClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries end to end over loopback sockets: libraries created, listed by token, changed and
 * deleted; documents uploaded from a path and a stream, processed on the simulator's clock,
 * their text read back; signed URLs fetched without the key; sharing; each sync and async.
 */
class LibrariesIntegrationTest {

    private static final String KEY = "sk-libraries-it-5e4d3c2b1a";
    private static final String TEXT = "Mistral4J reads libraries.\nSecond line of the handbook.";
    private static final String COLLEAGUE = "3f1c0a52-7d7e-4c2b-9a51-0c5e6f7a8b9c";
    private static final long SECONDS = 5;

    @TempDir
    Path dir;

    private MistralSimulator simulator;
    private MistralClient client;
    private LibrariesService libraries;

    @BeforeEach
    void start() {
        simulator = MistralSimulator.builder().apiKey(KEY).clock(SimulatedClock.frozen()).start();
        client = MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).build();
        libraries = client.libraries();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private Library library(String name) {
        return libraries.create(LibraryCreateRequest.builder().name(name).description("about " + name).build());
    }

    private Document uploadText(Library library, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return libraries.uploadDocument(library.id(), DocumentUploadRequest.of(file));
    }

    private ProcessingStatus processed(Library library, Document document) {
        return libraries.awaitProcessed(library.id(), document.id(), AwaitOptions.<ProcessingStatus>builder()
                .timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                .onProgress(status -> simulator.clock().advance(Duration.ofSeconds(1))).build());
    }

    @Test
    void librariesAreCreatedReadChangedListedByTokenAndDeleted() throws Exception {
        Library created = library("handbook");
        assertThat(created.name()).isEqualTo("handbook");
        assertThat(created.description()).isEqualTo("about handbook");
        assertThat(created.nbDocuments()).isZero();
        assertThat(created.createdAt()).isNotNull();

        assertThat(libraries.get(created.id())).isEqualTo(created);
        Library renamed = libraries.update(created.id(), LibraryUpdateRequest.builder().name("manual")
                .description("all of it").build());
        assertThat(renamed.name()).isEqualTo("manual");
        Library patched = libraries.patch(created.id(), LibraryUpdateRequest.builder().description("less").build());
        assertThat(patched.name()).isEqualTo("manual");
        assertThat(patched.description()).isEqualTo("less");

        library("second");
        library("third");
        Page<Library> first = libraries.list(LibraryListRequest.builder().pageSize(2).build());
        assertThat(first.items()).hasSize(2);
        List<String> names = new ArrayList<>();
        first.autoPager().forEach(library -> names.add(library.name()));
        assertThat(names).containsExactly("manual", "second", "third");
        assertThat(libraries.list(LibraryListRequest.builder().search("SEC").build()).items())
                .extracting(Library::name).containsExactly("second");

        Library deleted = libraries.delete(created.id());
        assertThat(deleted.id()).isEqualTo(created.id());
        assertThatThrownBy(() -> libraries.get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void libraryOperationsAsync() throws Exception {
        Library created = libraries.createAsync(LibraryCreateRequest.builder().name("async").build())
                .get(SECONDS, TimeUnit.SECONDS);
        assertThat(libraries.getAsync(created.id()).get(SECONDS, TimeUnit.SECONDS).name()).isEqualTo("async");
        assertThat(libraries.updateAsync(created.id(), LibraryUpdateRequest.builder().name("a2").build())
                .get(SECONDS, TimeUnit.SECONDS).name()).isEqualTo("a2");
        assertThat(libraries.patchAsync(created.id(), LibraryUpdateRequest.builder().description("d").build())
                .get(SECONDS, TimeUnit.SECONDS).description()).isEqualTo("d");
        assertThat(libraries.listAsync(LibraryListRequest.all()).get(SECONDS, TimeUnit.SECONDS).items())
                .extracting(Library::id).containsExactly(created.id());
        ApiResponse<Library> raw = libraries.withRawResponse().deleteAsync(created.id()).get(SECONDS, TimeUnit.SECONDS);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.value().id()).isEqualTo(created.id());
    }

    @Test
    void aTextDocumentIsProcessedOnTheSimulatedClockAndItsTextReadBack() throws Exception {
        Library library = library("docs");
        Document document = uploadText(library, "guide.txt", TEXT);
        assertThat(document.name()).isEqualTo("guide.txt");
        assertThat(document.mimeType()).isEqualTo("text/plain");
        assertThat(document.size()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8).length);
        assertThat(document.processStatus()).isEqualTo("todo");
        assertThat(document.isProcessed()).isFalse();

        List<String> seen = new ArrayList<>();
        ProcessingStatus done = libraries.awaitProcessed(library.id(), document.id(),
                AwaitOptions.<ProcessingStatus>builder().timeout(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(1)).onProgress(status -> {
                            seen.add(status.processStatus());
                            simulator.clock().advance(Duration.ofSeconds(1));
                        }).build());
        assertThat(seen).startsWith("todo").contains("in_progress").endsWith("done");
        assertThat(done.isFinished()).isTrue();
        assertThat(done.documentId()).isEqualTo(document.id());

        Document read = libraries.getDocument(library.id(), document.id());
        assertThat(read.processStatus()).isEqualTo("done");
        assertThat(read.lastProcessedAt()).isNotNull();
        assertThat(read.tokensProcessingTotal()).isPositive();
        assertThat(libraries.textContent(library.id(), document.id()).text()).isEqualTo(TEXT);
        assertThat(libraries.status(library.id(), document.id()).processStatus()).isEqualTo("done");
        assertThat(libraries.get(library.id()).nbDocuments()).isEqualTo(1);

        libraries.reprocessDocument(library.id(), document.id());
        assertThat(libraries.status(library.id(), document.id()).processStatus()).isEqualTo("todo");
    }

    @Test
    void aPdfsTextIsExtractedFromItsContentStreams() throws Exception {
        Library library = library("pdfs");
        Path pdf = dir.resolve("note.pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n"
                + "2 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 712 Td (Hello from a PDF) Tj ET\n"
                + "BT [(Second ) 20 (line)] TJ ET\nendstream endobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        Document document = libraries.uploadDocument(library.id(), DocumentUploadRequest.of(pdf));
        assertThat(document.mimeType()).isEqualTo("application/pdf");
        assertThat(document.numberOfPages()).isEqualTo(1);
        processed(library, document);

        assertThat(libraries.textContent(library.id(), document.id(), 0, 1).text())
                .isEqualTo("Hello from a PDF\nSecond line");
    }

    @Test
    void aCompressedPdfIsReadPageByPage() throws Exception {
        Library library = library("compressed pdfs");
        byte[] secondPage = deflated("BT (Page two, compressed) Tj ET");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n"
                + "3 0 obj << /Length 24 >> stream\nBT (Page one) Tj ET\nendstream endobj\n"
                + "4 0 obj << /Length " + secondPage.length + " /Filter /FlateDecode >> stream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(secondPage);
        bytes.writeBytes("\nendstream endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = Files.write(dir.resolve("compressed.pdf"), bytes.toByteArray());
        Document document = libraries.uploadDocument(library.id(), DocumentUploadRequest.of(pdf));
        assertThat(document.numberOfPages()).isEqualTo(2);
        processed(library, document);

        assertThat(libraries.textContent(library.id(), document.id()).text())
                .isEqualTo("Page one\nPage two, compressed");
        assertThat(libraries.textContent(library.id(), document.id(), 1, 1).text()).isEqualTo("Page two, compressed");
        assertThat(libraries.textContent(library.id(), document.id(), 0, 0).text()).isEqualTo("Page one");
    }

    private static byte[] deflated(String content) {
        Deflater deflater = new Deflater();
        deflater.setInput(content.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    @Test
    void aStreamedUploadOfUnknownLengthAndAnEmptyDocument() throws Exception {
        Library library = library("streams");
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Document streamed = libraries.uploadDocument(library.id(), DocumentUploadRequest.builder()
                .file(UploadContent.of(new ByteArrayInputStream(bytes), "streamed.md")).build());
        assertThat(streamed.size()).isEqualTo(bytes.length);
        assertThat(streamed.mimeType()).isEqualTo("text/markdown");

        Document empty = uploadText(library, "empty.txt", "");
        assertThat(processed(library, empty).processStatus()).isEqualTo("missing_content");
    }

    @Test
    void documentsAreListedWithFiltersAndPagesChangedAndDeleted() throws Exception {
        Library library = library("many");
        Document a = uploadText(library, "alpha.txt", "a");
        Document b = uploadText(library, "beta.txt", "b");
        Document c = uploadText(library, "gamma.txt", "c");

        Page<Document> page = libraries.listDocuments(library.id(), DocumentListRequest.builder().pageSize(2)
                .sortBy("name").sortOrder("asc").build());
        assertThat(page.items()).extracting(Document::name).containsExactly("alpha.txt", "beta.txt");
        assertThat(page.total()).hasValue(3);
        List<String> all = new ArrayList<>();
        page.autoPager().forEach(document -> all.add(document.name()));
        assertThat(all).containsExactly("alpha.txt", "beta.txt", "gamma.txt");
        assertThat(libraries.listDocuments(library.id(), DocumentListRequest.builder().search("GAM").build()).items())
                .extracting(Document::id).containsExactly(c.id());

        Instant expiry = Instant.parse("2031-01-01T00:00:00Z");
        Document renamed = libraries.updateDocument(library.id(), a.id(), DocumentUpdateRequest.builder()
                .name("first.txt").attribute("team", "search").attribute("year", 2026).expiresAt(expiry).build());
        assertThat(renamed.name()).isEqualTo("first.txt");
        assertThat(renamed.attributes()).containsEntry("team", "search");
        assertThat(renamed.expiresAt()).isEqualTo(expiry);
        Document patched = libraries.patchDocument(library.id(), a.id(), DocumentUpdateRequest.builder()
                .attribute("reviewed", true).build());
        assertThat(patched.name()).isEqualTo("first.txt");
        assertThat(patched.attributes()).containsEntry("reviewed", true);

        libraries.deleteDocument(library.id(), b.id());
        assertThatThrownBy(() -> libraries.getDocument(library.id(), b.id())).isInstanceOf(NotFoundException.class);
        assertThat(libraries.listDocuments(library.id()).items()).hasSize(2);
    }

    @Test
    void documentOperationsAsync() throws Exception {
        Library library = library("async-docs");
        Path file = dir.resolve("async.txt");
        Files.writeString(file, TEXT);
        Document document = libraries.uploadDocumentAsync(library.id(), DocumentUploadRequest.of(file))
                .get(SECONDS, TimeUnit.SECONDS);
        ProcessingStatus done = libraries.awaitProcessedAsync(library.id(), document.id(),
                AwaitOptions.<ProcessingStatus>builder().timeout(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(1))
                        .onProgress(status -> simulator.clock().advance(Duration.ofSeconds(1))).build())
                .get(SECONDS * 4, TimeUnit.SECONDS);
        assertThat(done.processStatus()).isEqualTo("done");
        String id = document.id();
        String lib = library.id();
        assertThat(libraries.listDocumentsAsync(lib, DocumentListRequest.all()).get(SECONDS, TimeUnit.SECONDS).items())
                .extracting(Document::id).containsExactly(id);
        assertThat(libraries.getDocumentAsync(lib, id).get(SECONDS, TimeUnit.SECONDS).processStatus()).isEqualTo("done");
        assertThat(libraries.updateDocumentAsync(lib, id, DocumentUpdateRequest.builder().name("n").build())
                .get(SECONDS, TimeUnit.SECONDS).name()).isEqualTo("n");
        assertThat(libraries.patchDocumentAsync(lib, id, DocumentUpdateRequest.builder().name("m").build())
                .get(SECONDS, TimeUnit.SECONDS).name()).isEqualTo("m");
        assertThat(libraries.textContentAsync(lib, id, null, null).get(SECONDS, TimeUnit.SECONDS).text()).isEqualTo(TEXT);
        assertThat(libraries.statusAsync(lib, id).get(SECONDS, TimeUnit.SECONDS).processStatus()).isEqualTo("done");
        assertThat(libraries.signedUrlAsync(lib, id).get(SECONDS, TimeUnit.SECONDS).url()).contains(id);
        assertThat(libraries.extractedTextSignedUrlAsync(lib, id).get(SECONDS, TimeUnit.SECONDS).url()).contains(id);
        libraries.reprocessDocumentAsync(lib, id).get(SECONDS, TimeUnit.SECONDS);
        assertThat(libraries.status(lib, id).processStatus()).isEqualTo("todo");
        ApiResponse<Void> deleted = libraries.withRawResponse().deleteDocumentAsync(lib, id).get(SECONDS, TimeUnit.SECONDS);
        assertThat(deleted.statusCode()).isEqualTo(204);
    }

    @Test
    void signedUrlsServeTheUploadAndItsTextWithoutTheKey() throws Exception {
        Library library = library("signed");
        Document document = uploadText(library, "signed.txt", TEXT);
        processed(library, document);

        SignedUrl content = libraries.signedUrl(library.id(), document.id());
        SignedUrl text = libraries.extractedTextSignedUrl(library.id(), document.id());
        assertThat(content.toString()).doesNotContain("signature=");
        HttpClient http = HttpClient.newHttpClient();
        assertThat(fetch(http, content.uri()).body()).isEqualTo(TEXT);
        assertThat(fetch(http, text.uri()).body()).isEqualTo(TEXT);
        URI forged = URI.create(content.url().replaceAll("signature=[0-9a-f]+", "signature=00"));
        assertThat(fetch(http, forged).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> fetch(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(SECONDS)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sharingIsListedCreatedAndDeletedSyncAndAsync() throws Exception {
        Library library = library("shared");
        assertThat(libraries.listSharing(library.id())).extracting(Sharing::role).containsExactly("Owner");

        Sharing shared = libraries.share(library.id(), SharingRequest.builder().level("Viewer")
                .shareWithUuid(COLLEAGUE).shareWithType("User").build());
        assertThat(shared.role()).isEqualTo("Viewer");
        assertThat(shared.shareWithUuid()).isEqualTo(COLLEAGUE);
        Sharing promoted = libraries.shareAsync(library.id(), SharingRequest.builder().level("Editor")
                .shareWithUuid(COLLEAGUE).shareWithType("User").build()).get(SECONDS, TimeUnit.SECONDS);
        assertThat(promoted.role()).isEqualTo("Editor");
        assertThat(libraries.listSharingAsync(library.id()).get(SECONDS, TimeUnit.SECONDS))
                .extracting(Sharing::shareWithUuid).contains(COLLEAGUE).hasSize(2);

        SharingDeleteRequest unshare = SharingDeleteRequest.builder().shareWithUuid(COLLEAGUE).shareWithType("User")
                .build();
        assertThat(libraries.unshare(library.id(), unshare).role()).isEqualTo("Editor");
        assertThat(libraries.listSharing(library.id())).hasSize(1);
        assertThatThrownBy(() -> libraries.unshareAsync(library.id(), unshare).join())
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void awaitingADocumentThatDoesNotMoveTimesOutWithItsStatus() throws Exception {
        Library library = library("slow");
        Document document = uploadText(library, "slow.txt", TEXT);
        assertThatThrownBy(() -> libraries.awaitProcessed(library.id(), document.id(),
                AwaitOptions.<ProcessingStatus>builder().timeout(Duration.ofMillis(50))
                        .pollInterval(Duration.ofMillis(10)).build()))
                .isInstanceOf(JobTimeoutException.class).hasMessageContaining("todo");
    }

    @Test
    void badInputFailsAtBuildOrBeforeSendingNamingTheField() {
        assertThatThrownBy(() -> LibraryCreateRequest.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> LibraryCreateRequest.builder().name("x").chunkSize(10).build())
                .hasMessageContaining("chunkSize");
        assertThatThrownBy(() -> LibraryCreateRequest.builder().name("x").ownerType("Team").build())
                .hasMessageContaining("ownerType");
        assertThatThrownBy(() -> LibraryUpdateRequest.builder().name(" ").build()).hasMessageContaining("name");
        assertThatThrownBy(() -> LibraryListRequest.builder().pageSize(101).build()).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> DocumentUploadRequest.builder().build()).hasMessageContaining("file");
        assertThatThrownBy(() -> DocumentUploadRequest.of(dir.resolve("missing.txt"))).hasMessageContaining("file");
        assertThatThrownBy(() -> DocumentListRequest.builder().page(-1).build()).hasMessageContaining("page");
        assertThatThrownBy(() -> DocumentListRequest.builder().sortOrder("up").build()).hasMessageContaining("sortOrder");
        assertThatThrownBy(() -> DocumentUpdateRequest.builder().attribute("k", new Object()).build())
                .hasMessageContaining("attributes.k");
        assertThatThrownBy(() -> SharingRequest.builder().shareWithUuid(COLLEAGUE).shareWithType("User").build())
                .hasMessageContaining("level");
        assertThatThrownBy(() -> SharingRequest.builder().level("Owner").build()).hasMessageContaining("level");
        assertThatThrownBy(() -> SharingRequest.builder().level("Viewer").shareWithType("User").build())
                .hasMessageContaining("shareWithUuid");
        assertThatThrownBy(() -> SharingDeleteRequest.builder().shareWithUuid(COLLEAGUE).shareWithType("Team").build())
                .hasMessageContaining("shareWithType");
        assertThatThrownBy(() -> libraries.get(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("libraryId");
        assertThatThrownBy(() -> libraries.getDocument("lib", "")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("documentId");
        assertThatThrownBy(() -> libraries.textContent("lib", "doc", 3, 1)).hasMessageContaining("pageEnd");
        assertThatThrownBy(() -> libraries.textContentAsync("lib", "doc", -1, null).join())
                .hasCauseInstanceOf(ValidationException.class).hasMessageContaining("pageStart");
        assertThat(simulator.requests()).isEmpty();
    }


    @Test
    void theRequestsCarryEveryOptionAndOnlyWhatIsSet() throws Exception {
        Library library = libraries.create(LibraryCreateRequest.builder().name("wire").chunkSize(512)
                .ownerType("Workspace").build());
        Document document = uploadText(library, "wire.txt", TEXT);
        libraries.list(LibraryListRequest.builder().pageSize(5).pageToken("0").search("wi").build());
        libraries.listDocuments(library.id(), DocumentListRequest.builder().search("w").page(0).pageSize(7)
                .sortBy("name").sortOrder("asc").build());
        libraries.textContent(library.id(), document.id(), 0, 2);
        libraries.patch(library.id(), LibraryUpdateRequest.builder().description("d").build());
        libraries.share(library.id(), SharingRequest.builder().level("Editor").shareWithUuid(COLLEAGUE)
                .shareWithType("Workspace").build());
        libraries.unshare(library.id(), SharingDeleteRequest.builder().shareWithUuid(COLLEAGUE)
                .shareWithType("Workspace").build());

        List<io.mistral4j.tck.simulator.RecordedRequest> sent = simulator.requests();
        assertThat(sent.get(0).bodyAsJson().toString())
                .isEqualTo("{\"name\":\"wire\",\"chunk_size\":512,\"owner_type\":\"Workspace\"}");
        assertThat(sent.get(1).header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(sent.get(2).query()).isEqualTo("page_size=5&page_token=0&search=wi");
        assertThat(sent.get(3).path()).isEqualTo("/v1/libraries/" + library.id() + "/documents");
        assertThat(sent.get(3).query()).isEqualTo("search=w&page_size=7&page=0&sort_by=name&sort_order=asc");
        assertThat(sent.get(4).query()).isEqualTo("page_start=0&page_end=2");
        assertThat(sent.get(5).method()).isEqualTo("PATCH");
        assertThat(sent.get(5).bodyAsJson().toString()).isEqualTo("{\"description\":\"d\"}");
        assertThat(sent.get(6).method()).isEqualTo("PUT");
        assertThat(sent.get(6).bodyAsJson().toString()).isEqualTo("{\"level\":\"Editor\",\"share_with_uuid\":\""
                + COLLEAGUE + "\",\"share_with_type\":\"Workspace\"}");
        assertThat(sent.get(7).method()).isEqualTo("DELETE");
        assertThat(sent.get(7).bodyAsJson().toString()).isEqualTo("{\"share_with_uuid\":\"" + COLLEAGUE
                + "\",\"share_with_type\":\"Workspace\"}");
    }
    @Test
    void theSimulatorAnswers422ForWhatTheClientCannotCheck() {
        assertThatThrownBy(() -> libraries.get("not-a-uuid"))
                .isInstanceOf(io.mistral4j.errors.UnprocessableEntityException.class)
                .hasMessageContaining("library_id");
    }
}
