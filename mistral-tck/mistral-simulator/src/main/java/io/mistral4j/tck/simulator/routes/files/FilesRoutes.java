package io.mistral4j.tck.simulator.routes.files;

import io.mistral4j.tck.simulator.state.FileStore;
import io.mistral4j.tck.simulator.state.StoredFile;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.MultipartReader;
import io.mistral4j.tck.simulator.wire.Paging;
import io.mistral4j.tck.simulator.wire.QueryParams;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.UrlSigner;
import io.mistral4j.tck.simulator.wire.Violations;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v1/files}: multipart upload streamed to disk, list with filters and paging,
 * retrieve, delete, download byte for byte, and signed URLs that point back at this simulator
 * ({@code /signed/files/{file_id}}, served without the API key until they expire).
 */
public final class FilesRoutes implements RouteFamily {

    static final List<String> PURPOSES = List.of("fine-tune", "batch", "ocr");
    static final List<String> SAMPLE_TYPES = List.of("pretrain", "instruct", "batch_request", "batch_result",
            "batch_error");
    static final List<String> SOURCES = List.of("upload", "repository", "mistral");
    static final List<String> VISIBILITIES = List.of("workspace", "user");
    static final String SIGNED_PREFIX = "/signed/files/";

    private static final int MAX_FIELD_BYTES = 64 * 1024;

    private final FileStore store;
    private final InstantSource clock;
    private final UrlSigner signer = new UrlSigner();

    public FilesRoutes(FileStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void register(Router router) {
        router.addStreaming("POST", "/v1/files", this::upload);
        router.add("GET", "/v1/files", this::list);
        router.add("GET", "/v1/files/{file_id}", this::retrieve);
        router.add("DELETE", "/v1/files/{file_id}", this::delete);
        router.add("GET", "/v1/files/{file_id}/content", this::download);
        router.add("GET", "/v1/files/{file_id}/url", this::signedUrl);
        router.add("GET", SIGNED_PREFIX + "{file_id}", this::signedDownload);
    }

    private Reply upload(ApiRequest request) {
        String boundary = MultipartReader.boundaryOf(request.header("Content-Type"));
        Violations violations = new Violations();
        if (boundary == null) {
            violations.missing(List.of("body", "file"));
            return violations.reply();
        }
        MultipartReader reader = new MultipartReader(request.bodyStream(), boundary);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        FileStore.Draft file = null;
        String filename = null;
        String partType = null;
        try {
            for (MultipartReader.PartHeaders part = reader.next(); part != null; part = reader.next()) {
                if (part.name().equals("file") && part.isFile() && file == null) {
                    file = store.draft();
                    filename = part.filename().isBlank() ? "upload" : part.filename();
                    partType = part.contentType();
                    reader.copyPart(file.out());
                } else if (part.isFile()) {
                    reader.copyPart(java.io.OutputStream.nullOutputStream());
                } else {
                    fields.put(part.name(), reader.readText(MAX_FIELD_BYTES));
                }
            }
        } catch (IOException e) {
            if (file != null) {
                file.discard();
            }
            return ApiErrors.badRequest("There was an error parsing the body: " + e.getMessage());
        }
        String purpose = fields.getOrDefault("purpose", "fine-tune");
        if (!PURPOSES.contains(purpose)) {
            violations.notOneOf(List.of("body", "purpose"), purpose, PURPOSES);
        }
        String visibility = fields.getOrDefault("visibility", "workspace");
        if (!VISIBILITIES.contains(visibility)) {
            violations.notOneOf(List.of("body", "visibility"), visibility, VISIBILITIES);
        }
        Long expiresAt = null;
        String expiry = fields.get("expiry");
        if (expiry != null && !expiry.isEmpty()) {
            try {
                expiresAt = clock.instant().getEpochSecond() + Long.parseLong(expiry.trim()) * 3600;
            } catch (NumberFormatException e) {
                violations.add("int_parsing", List.of("body", "expiry"),
                        "Input should be a valid integer, unable to parse string as an integer",
                        new JsonPrimitive(expiry), null);
            }
        }
        if (file == null) {
            violations.missing(List.of("body", "file"));
        }
        if (!violations.isEmpty()) {
            if (file != null) {
                file.discard();
            }
            return violations.reply();
        }
        try {
            StoredFile stored = file.commit(new FileStore.Description(filename, purpose, sampleTypeOf(purpose),
                    "upload", mimetype(partType, filename), visibility, expiresAt));
            return Reply.Json.ok(stored.toJson(false));
        } catch (IOException e) {
            file.discard();
            return ApiErrors.internal("Could not store the file: " + e.getMessage());
        }
    }

    private Reply list(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int page = QueryParams.orDefault(query.integer("page", false, null, null, violations.list()), 0);
        int pageSize = QueryParams.orDefault(query.integer("page_size", false, null, null, violations.list()), 100);
        boolean includeTotal = !Boolean.FALSE.equals(query.bool("include_total", violations.list()));
        List<String> sampleTypes = query.enumList("sample_type", SAMPLE_TYPES, violations.list());
        List<String> sources = query.enumList("source", SOURCES, violations.list());
        String search = query.string("search");
        String purpose = query.choice("purpose", PURPOSES, violations.list());
        List<String> mimetypes = query.all("mimetypes");
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        List<StoredFile> matching = new ArrayList<>();
        for (StoredFile file : store.all()) {
            if ((sampleTypes.isEmpty() || sampleTypes.contains(file.sampleType()))
                    && (sources.isEmpty() || sources.contains(file.source()))
                    && (search == null || file.filename().toLowerCase(Locale.ROOT)
                            .contains(search.toLowerCase(Locale.ROOT)) || file.id().equals(search))
                    && (purpose == null || purpose.equals(file.purpose()))
                    && (mimetypes.isEmpty() || mimetypes.contains(file.mimetype()))) {
                matching.add(file);
            }
        }
        JsonArray data = new JsonArray();
        Paging.slice(matching, page, pageSize).forEach(f -> data.add(f.toJson(false)));
        JsonObject body = new JsonObject();
        body.add("data", data);
        body.addProperty("object", "list");
        if (includeTotal) {
            body.addProperty("total", matching.size());
        } else {
            body.add("total", JsonNull.INSTANCE);
        }
        return Reply.Json.ok(body);
    }

    private Reply retrieve(ApiRequest request) {
        return withFile(request, file -> Reply.Json.ok(file.toJson(true)));
    }

    private Reply delete(ApiRequest request) {
        return withFile(request, file -> {
            store.delete(file.id());
            JsonObject body = new JsonObject();
            body.addProperty("id", file.id());
            body.addProperty("object", "file");
            body.addProperty("deleted", true);
            return Reply.Json.ok(body);
        });
    }

    private Reply download(ApiRequest request) {
        return withFile(request, this::content);
    }

    private Reply signedUrl(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        int hours = QueryParams.orDefault(query.integer("expiry", false, null, null, violations.list()), 24);
        String id = violations.uuid("file_id", request.pathParam("file_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        Optional<StoredFile> file = store.find(id);
        if (file.isEmpty()) {
            return notFound(id);
        }
        long expires = clock.instant().getEpochSecond() + hours * 3600L;
        String host = request.header("Host");
        String url = "http://" + (host == null ? "127.0.0.1" : host) + SIGNED_PREFIX + id + "?expires=" + expires
                + "&signature=" + signer.sign(id, expires);
        JsonObject body = new JsonObject();
        body.addProperty("url", url);
        return Reply.Json.ok(body);
    }

    /** A signed URL needs no API key, only a valid signature that has not expired. */
    private Reply signedDownload(ApiRequest request) {
        Violations violations = new Violations();
        QueryParams query = QueryParams.parse(request.query());
        String id = request.pathParam("file_id");
        String expires = query.string("expires");
        String signature = query.string("signature");
        Reply refusal = signer.refusal(id, expires, signature, clock.instant().getEpochSecond());
        if (refusal != null) {
            return refusal;
        }
        return store.find(id).map(this::content).orElseGet(() -> notFound(id));
    }

    private Reply content(StoredFile file) {
        return new Reply.Binary(200, "application/octet-stream", file.bytes(),
                Map.of("Content-Disposition", "attachment; filename=\"" + file.filename().replace("\"", "%22") + "\""),
                () -> store.open(file));
    }

    private Reply withFile(ApiRequest request, java.util.function.Function<StoredFile, Reply> action) {
        Violations violations = new Violations();
        String id = violations.uuid("file_id", request.pathParam("file_id"));
        if (!violations.isEmpty()) {
            return violations.reply();
        }
        return store.find(id).map(action).orElseGet(() -> notFound(id));
    }

    public static Reply.Json notFound(String id) {
        return ApiErrors.error(404, "File not found: " + id, "not_found", "1404");
    }

    static String sampleTypeOf(String purpose) {
        return switch (purpose) {
            case "fine-tune" -> "instruct";
            case "batch" -> "batch_request";
            default -> "pretrain";
        };
    }

    private static String mimetype(String partType, String filename) {
        if (partType != null && !partType.isBlank() && !partType.equalsIgnoreCase("application/octet-stream")) {
            return partType;
        }
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            return "application/jsonl";
        }
        return partType != null && !partType.isBlank() ? partType : "application/octet-stream";
    }

    /** A keyed digest of the id and expiry; only this simulator instance knows the key. */
}
