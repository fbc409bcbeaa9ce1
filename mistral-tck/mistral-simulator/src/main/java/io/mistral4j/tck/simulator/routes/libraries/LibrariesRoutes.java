package io.mistral4j.tck.simulator.routes.libraries;

import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;
import static io.mistral4j.tck.simulator.wire.Shape.uuid;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.mistral4j.tck.simulator.routes.libraries.LibraryStore.StoredDocument;
import io.mistral4j.tck.simulator.routes.libraries.LibraryStore.StoredLibrary;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.MultipartReader;
import io.mistral4j.tck.simulator.wire.Paging;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.ResourceIds;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.Shape;
import io.mistral4j.tck.simulator.wire.UrlSigner;
import io.mistral4j.tck.simulator.wire.ValidatedBody;
import io.mistral4j.tck.simulator.wire.Violations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code /v1/libraries}: libraries (cursor-paged list, create, read, replace, patch, delete),
 * their documents (multipart upload, page-numbered list, read, replace, patch, delete, extracted
 * text, processing status, signed URLs served back by this simulator, reprocessing) and their
 * sharing. Documents move through processing on the simulated clock ({@link DocumentProcessing}),
 * and their text is extracted from what was uploaded ({@link DocumentText}).
 */
public final class LibrariesRoutes implements RouteFamily {

    static final String OWNER_ID = "00000000-0000-4000-8000-0000000000a1";
    static final String SIGNED_PREFIX = "/signed/libraries/";
    static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    static final Shape CREATE = model("CreateLibraryRequest")
            .req("name", str())
            .opt("description", nullable(str()))
            .opt("chunk_size", nullable(integer(256L)))
            .opt("owner_type", nullable(enumOf("User", "Workspace")))
            .open().build();
    static final Shape UPDATE = model("UpdateLibraryRequest")
            .opt("name", str())
            .opt("description", nullable(str()))
            .open().build();
    static final Shape UPDATE_DOCUMENT = model("UpdateDocumentRequest")
            .opt("name", str())
            .opt("attributes", nullable(dict()))
            .opt("expires_at", nullable(str()))
            .open().build();
    static final Shape SHARE = model("SharingRequest")
            .opt("org_id", nullable(uuid()))
            .req("level", enumOf("Viewer", "Editor"))
            .req("share_with_uuid", uuid())
            .req("share_with_type", enumOf("User", "Workspace", "Org"))
            .open().build();
    static final Shape UNSHARE = model("SharingDelete")
            .opt("org_id", nullable(uuid()))
            .req("share_with_uuid", uuid())
            .req("share_with_type", enumOf("User", "Workspace", "Org"))
            .open().build();

    private final LibraryStore store = new LibraryStore();
    private final InstantSource clock;
    private final ResourceIds ids;
    private final UrlSigner signer = new UrlSigner();

    public LibrariesRoutes(InstantSource clock, ResourceIds ids) {
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void register(Router router) {
        String library = "/v1/libraries/{library_id}";
        String document = library + "/documents/{document_id}";
        router.add("GET", "/v1/libraries", this::list);
        router.add("POST", "/v1/libraries", this::create);
        router.add("GET", library, request -> withLibrary(request, lib -> Reply.Json.ok(lib.render())));
        router.add("PUT", library, this::update);
        router.add("PATCH", library, this::update);
        router.add("DELETE", library, request -> withLibrary(request, lib -> {
            store.remove(lib.id());
            return Reply.Json.ok(lib.render());
        }));
        router.addStreaming("POST", library + "/documents", this::upload);
        router.add("GET", library + "/documents", this::listDocuments);
        router.add("GET", document, request -> withDocument(request, (lib, doc) -> Reply.Json.ok(render(doc))));
        router.add("PUT", document, this::updateDocument);
        router.add("PATCH", document, this::updateDocument);
        router.add("DELETE", document, request -> withDocument(request, (lib, doc) -> {
            synchronized (lib) {
                lib.documents.remove(doc.id());
            }
            return Reply.Json.noContent();
        }));
        router.add("GET", document + "/text_content", this::textContent);
        router.add("GET", document + "/status", request -> withDocument(request, (lib, doc) -> {
            JsonObject status = new JsonObject();
            status.addProperty("document_id", doc.id());
            String now = doc.processing.status(now());
            status.addProperty("process_status", now);
            status.addProperty("processing_status", now);
            return Reply.Json.ok(status);
        }));
        router.add("GET", document + "/signed-url", request -> signedUrl(request, "content"));
        router.add("GET", document + "/extracted-text-signed-url", request -> signedUrl(request, "text"));
        router.add("POST", document + "/reprocess", request -> withDocument(request, (lib, doc) -> {
            doc.processing = new DocumentProcessing(doc.id(), now(), doc.text);
            return Reply.Json.noContent();
        }));
        router.add("GET", library + "/share", request -> withLibrary(request, lib -> {
            JsonObject body = new JsonObject();
            JsonArray data = new JsonArray();
            synchronized (lib) {
                lib.sharings.values().forEach(data::add);
            }
            body.add("data", data);
            return Reply.Json.ok(body);
        }));
        router.add("PUT", library + "/share", this::share);
        router.add("DELETE", library + "/share", this::unshare);
        router.add("GET", SIGNED_PREFIX + "{document_id}/{kind}", this::signedDownload);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, 1L, 100L, violations.list()), 100);
        query.integer("page", false, null, null, violations.list());
        query.bool("filter_owned_by_me", violations.list());
        int offset = Paging.offsetOf(query.string("page_token"));
        if (offset < 0) {
            return ApiErrors.badRequest("page_token is not a token this server handed out");
        }
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        String search = query.string("search");
        List<StoredLibrary> matching = store.all().stream()
                .filter(lib -> search == null || lib.json.get("name").getAsString().toLowerCase(Locale.ROOT)
                        .contains(search.toLowerCase(Locale.ROOT)))
                .toList();
        JsonArray data = new JsonArray();
        matching.stream().skip(offset).limit(pageSize).forEach(lib -> data.add(lib.render()));
        JsonObject body = new JsonObject();
        body.add("data", data);
        int next = offset + pageSize;
        body.add("next_page_token", next < matching.size() ? new JsonPrimitive(Integer.toString(next)) : JsonNull.INSTANCE);
        return Reply.Json.ok(body);
    }

    private Reply create(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, CREATE);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject create = body.object();
        Integer chunkSize = ValidatedBody.integer(create, "chunk_size");
        if (chunkSize != null && chunkSize > 32768) {
            Violations violations = new Violations();
            violations.add("less_than_equal", List.of("body", "chunk_size"), "Input should be less than or equal to 32768",
                    new JsonPrimitive(chunkSize), null);
            return violations.reply();
        }
        String at = clock.instant().toString();
        JsonObject lib = new JsonObject();
        lib.addProperty("id", ids.next("library"));
        lib.add("name", create.get("name"));
        lib.addProperty("created_at", at);
        lib.addProperty("updated_at", at);
        lib.addProperty("owner_id", OWNER_ID);
        lib.add("owner_type", orDefault(create.get("owner_type"), "User"));
        lib.addProperty("total_size", 0);
        lib.addProperty("nb_documents", 0);
        lib.add("chunk_size", orNull(create.get("chunk_size")));
        lib.add("emoji", JsonNull.INSTANCE);
        lib.add("description", orNull(create.get("description")));
        lib.add("generated_description", JsonNull.INSTANCE);
        lib.add("explicit_user_members_count", JsonNull.INSTANCE);
        lib.add("explicit_workspace_members_count", JsonNull.INSTANCE);
        lib.add("org_sharing_role", JsonNull.INSTANCE);
        lib.add("generated_name", JsonNull.INSTANCE);
        StoredLibrary stored = new StoredLibrary(lib);
        stored.sharings.put(OWNER_ID, sharing(stored.id(), "Owner", "User", OWNER_ID));
        store.put(stored);
        return new Reply.Json(201, stored.render(), Map.of(), 0);
    }

    private Reply update(ApiRequest request) {
        return withLibrary(request, lib -> {
            ValidatedBody body = ValidatedBody.of(request, UPDATE);
            if (body.error() != null) {
                return body.error();
            }
            synchronized (lib) {
                copyNonNull(body.object(), lib.json, List.of("name", "description"));
                lib.json.addProperty("updated_at", clock.instant().toString());
            }
            return Reply.Json.ok(lib.render());
        });
    }

    private Reply upload(ApiRequest request) {
        return withLibrary(request, lib -> {
            String boundary = MultipartReader.boundaryOf(request.header("Content-Type"));
            Violations violations = new Violations();
            if (boundary == null) {
                violations.missing(List.of("body", "file"));
                return violations.reply();
            }
            MultipartReader reader = new MultipartReader(request.bodyStream(), boundary);
            ByteArrayOutputStream content = null;
            String filename = null;
            String partType = null;
            try {
                for (MultipartReader.PartHeaders part = reader.next(); part != null; part = reader.next()) {
                    if (part.name().equals("file") && part.isFile() && content == null) {
                        content = new ByteArrayOutputStream();
                        filename = part.filename().isBlank() ? "upload" : part.filename();
                        partType = part.contentType();
                        reader.copyPart(new CappedOutput(content, MAX_DOCUMENT_BYTES));
                    } else {
                        reader.copyPart(OutputStream.nullOutputStream());
                    }
                }
            } catch (IOException e) {
                return ApiErrors.badRequest("There was an error parsing the body: " + e.getMessage());
            }
            if (content == null) {
                violations.missing(List.of("body", "file"));
                return violations.reply();
            }
            return new Reply.Json(201, render(store(lib, filename, partType, content.toByteArray())), Map.of(), 0);
        });
    }

    private StoredDocument store(StoredLibrary lib, String filename, String partType, byte[] bytes) {
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mimeType = DocumentText.mimeTypeOf(extension, partType);
        DocumentText text = DocumentText.of(bytes, mimeType, extension);
        String id = ids.next("document");
        JsonObject doc = new JsonObject();
        doc.addProperty("id", id);
        doc.addProperty("library_id", lib.id());
        doc.addProperty("hash", sha256(bytes));
        doc.addProperty("mime_type", mimeType);
        doc.addProperty("extension", extension);
        doc.addProperty("size", bytes.length);
        doc.addProperty("name", filename);
        doc.add("summary", JsonNull.INSTANCE);
        doc.addProperty("created_at", clock.instant().toString());
        doc.addProperty("number_of_pages", text.pages());
        doc.addProperty("uploaded_by_id", OWNER_ID);
        doc.addProperty("uploaded_by_type", "User");
        doc.add("url", JsonNull.INSTANCE);
        doc.add("attributes", JsonNull.INSTANCE);
        doc.add("expires_at", JsonNull.INSTANCE);
        StoredDocument stored = new StoredDocument(doc, bytes, text, new DocumentProcessing(id, now(), text));
        synchronized (lib) {
            lib.documents.put(id, stored);
            lib.json.addProperty("updated_at", clock.instant().toString());
        }
        return stored;
    }

    /** A document as the API renders it at the simulated now: its processing status and what processing set. */
    private JsonObject render(StoredDocument doc) {
        long now = now();
        JsonObject out;
        synchronized (doc) {
            out = doc.json.deepCopy();
        }
        String status = doc.processing.status(now);
        out.addProperty("process_status", status);
        out.addProperty("processing_status", status);
        long finished = doc.processing.finishedAt(now);
        out.add("last_processed_at", finished < 0 ? JsonNull.INSTANCE
                : new JsonPrimitive(Instant.ofEpochSecond(finished).toString()));
        long tokens = finished < 0 ? 0 : tokens(doc.text.text());
        out.addProperty("tokens_processing_total", tokens);
        out.add("tokens_processing_main_content", finished < 0 ? JsonNull.INSTANCE : new JsonPrimitive(tokens));
        out.add("tokens_processing_summary", JsonNull.INSTANCE);
        return out;
    }

    private static long tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private Reply listDocuments(ApiRequest request) {
        return withLibrary(request, lib -> {
            Violations violations = new Violations();
            QueryParams query = QueryParams.parse(request.query());
            int pageSize = QueryParams.orDefault(query.integer("page_size", false, 1L, 100L, violations.list()), 100);
            int page = QueryParams.orDefault(query.integer("page", false, 0L, null, violations.list()), 0);
            String sortBy = query.choice("sort_by", List.of("created_at", "name", "size"), violations.list());
            String sortOrder = query.choice("sort_order", List.of("asc", "desc"), violations.list());
            if (!violations.isEmpty()) {
                return violations.reply();
            }
            String search = query.string("search");
            List<StoredDocument> docs;
            synchronized (lib) {
                docs = List.copyOf(lib.documents.values());
            }
            String field = sortBy == null ? "created_at" : sortBy;
            // documents uploaded in the same second keep their upload order
            Comparator<StoredDocument> order = Comparator.comparing((StoredDocument d) -> sortKey(d, field));
            if (!"asc".equals(sortOrder)) {
                order = order.reversed();
            }
            List<StoredDocument> matching = docs.stream()
                    .filter(d -> search == null || d.json.get("name").getAsString().toLowerCase(Locale.ROOT)
                            .contains(search.toLowerCase(Locale.ROOT)))
                    .sorted(order).toList();
            JsonArray data = new JsonArray();
            matching.stream().skip((long) page * pageSize).limit(pageSize).forEach(d -> data.add(render(d)));
            JsonObject pagination = new JsonObject();
            pagination.addProperty("total_items", matching.size());
            pagination.addProperty("total_pages", (matching.size() + pageSize - 1) / pageSize);
            pagination.addProperty("current_page", page);
            pagination.addProperty("page_size", pageSize);
            pagination.addProperty("has_more", (long) (page + 1) * pageSize < matching.size());
            JsonObject body = new JsonObject();
            body.add("pagination", pagination);
            body.add("data", data);
            return Reply.Json.ok(body);
        });
    }

    private static String sortKey(StoredDocument doc, String field) {
        return switch (field) {
            case "name" -> doc.json.get("name").getAsString();
            case "size" -> String.format("%020d", doc.content.length);
            default -> doc.json.get("created_at").getAsString() + doc.id();
        };
    }

    private Reply updateDocument(ApiRequest request) {
        return withDocument(request, (lib, doc) -> {
            ValidatedBody body = ValidatedBody.of(request, UPDATE_DOCUMENT);
            if (body.error() != null) {
                return body.error();
            }
            synchronized (doc) {
                copyNonNull(body.object(), doc.json, List.of("name", "attributes", "expires_at"));
            }
            return Reply.Json.ok(render(doc));
        });
    }

    private Reply textContent(ApiRequest request) {
        return withDocument(request, (lib, doc) -> {
            Violations violations = new Violations();
            QueryParams query = QueryParams.parse(request.query());
            Integer pageStart = query.integer("page_start", false, null, null, violations.list());
            Integer pageEnd = query.integer("page_end", false, null, null, violations.list());
            if (!violations.isEmpty()) {
                return violations.reply();
            }
            JsonObject body = new JsonObject();
            body.addProperty("text", pageStart == null && pageEnd == null ? doc.text.text()
                    : doc.text.pages(pageStart, pageEnd));
            return Reply.Json.ok(body);
        });
    }

    private Reply signedUrl(ApiRequest request, String kind) {
        return withDocument(request, (lib, doc) -> {
            long expires = now() + 24 * 3600L;
            String host = request.header("Host");
            String resource = doc.id() + "/" + kind;
            String url = "http://" + (host == null ? "127.0.0.1" : host) + SIGNED_PREFIX + resource
                    + "?expires=" + expires + "&signature=" + signer.sign(resource, expires);
            return Reply.Json.ok(new JsonPrimitive(url));
        });
    }

    /** A signed URL needs no API key, only a valid signature that has not expired. */
    private Reply signedDownload(ApiRequest request) {
        QueryParams query = QueryParams.parse(request.query());
        String id = request.pathParam("document_id");
        String kind = request.pathParam("kind");
        Reply refusal = signer.refusal(id + "/" + kind, query.string("expires"), query.string("signature"), now());
        if (refusal != null) {
            return refusal;
        }
        for (StoredLibrary lib : store.all()) {
            StoredDocument doc;
            synchronized (lib) {
                doc = lib.documents.get(id);
            }
            if (doc != null) {
                byte[] bytes = kind.equals("text") ? doc.text.text().getBytes(StandardCharsets.UTF_8) : doc.content;
                String type = kind.equals("text") ? "text/plain; charset=utf-8" : doc.json.get("mime_type").getAsString();
                return new Reply.Binary(200, type, bytes.length, Map.of(), () -> new ByteArrayInputStream(bytes));
            }
        }
        return ApiErrors.notFound("Document " + id + " not found");
    }

    private Reply share(ApiRequest request) {
        return withLibrary(request, lib -> {
            ValidatedBody body = ValidatedBody.of(request, SHARE);
            if (body.error() != null) {
                return body.error();
            }
            JsonObject share = body.object();
            String who = share.get("share_with_uuid").getAsString();
            JsonObject sharing = sharing(lib.id(), share.get("level").getAsString(),
                    share.get("share_with_type").getAsString(), who);
            synchronized (lib) {
                lib.sharings.put(who, sharing);
            }
            return Reply.Json.ok(sharing);
        });
    }

    private Reply unshare(ApiRequest request) {
        return withLibrary(request, lib -> {
            ValidatedBody body = ValidatedBody.of(request, UNSHARE);
            if (body.error() != null) {
                return body.error();
            }
            String who = body.object().get("share_with_uuid").getAsString();
            JsonObject removed;
            synchronized (lib) {
                removed = who.equals(OWNER_ID) ? null : lib.sharings.remove(who);
            }
            return removed == null ? ApiErrors.notFound("Library " + lib.id() + " is not shared with " + who)
                    : Reply.Json.ok(removed);
        });
    }

    private static JsonObject sharing(String libraryId, String role, String type, String who) {
        JsonObject sharing = new JsonObject();
        sharing.addProperty("library_id", libraryId);
        sharing.add("user_id", type.equals("User") ? new JsonPrimitive(who) : JsonNull.INSTANCE);
        sharing.addProperty("org_id", "00000000-0000-4000-8000-0000000000b1");
        sharing.addProperty("role", role);
        sharing.addProperty("share_with_type", type);
        sharing.addProperty("share_with_uuid", who);
        return sharing;
    }

    private Reply withLibrary(ApiRequest request, Function<StoredLibrary, Reply> action) {
        Violations violations = new Violations();
        String id = violations.uuid("library_id", request.pathParam("library_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return store.find(id).map(action).orElseGet(() -> ApiErrors.notFound("Library " + id + " not found"));
    }

    private Reply withDocument(ApiRequest request, BiFunction<StoredLibrary, StoredDocument, Reply> action) {
        Violations violations = new Violations();
        String documentId = violations.uuid("document_id", request.pathParam("document_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return withLibrary(request, lib -> {
            StoredDocument doc;
            synchronized (lib) {
                doc = lib.documents.get(documentId);
            }
            return doc == null ? ApiErrors.notFound("Document " + documentId + " not found")
                    : action.apply(lib, doc);
        });
    }

    private static void copyNonNull(JsonObject from, JsonObject to, List<String> fields) {
        for (String field : fields) {
            JsonElement value = from.get(field);
            if (value != null) {
                to.add(field, value);
            }
        }
    }

    private static JsonElement orNull(JsonElement value) {
        return value == null ? JsonNull.INSTANCE : value;
    }

    private static JsonElement orDefault(JsonElement value, String fallback) {
        return value == null || value.isJsonNull() ? new JsonPrimitive(fallback) : value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Stops an upload past the simulator's limit rather than holding it all in memory. */
    private static final class CappedOutput extends OutputStream {
        private final OutputStream out;
        private final long max;
        private long written;

        CappedOutput(OutputStream out, long max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > max) {
                throw new IOException("the document is larger than the simulator's " + max + " bytes");
            }
            out.write(b, off, len);
        }
    }
}
