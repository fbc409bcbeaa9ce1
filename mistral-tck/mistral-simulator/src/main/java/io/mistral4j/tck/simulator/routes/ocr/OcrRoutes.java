package io.mistral4j.tck.simulator.routes.ocr;

import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.wire.ApiErrors;
import io.mistral4j.tck.simulator.wire.ApiRequest;
import io.mistral4j.tck.simulator.wire.Json;
import io.mistral4j.tck.simulator.wire.Reply;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;
import io.mistral4j.tck.simulator.wire.ValidatedBody;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /v1/ocr}: validate like the API, then read the document deterministically (see
 * {@link OcrSource} and {@link OcrPageWriter}): the selected pages with markdown, images,
 * tables and dimensions, and a document annotation sampled from the asked JSON schema.
 */
public final class OcrRoutes implements RouteFamily {

    private final ModelCatalog catalog;

    public OcrRoutes(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/ocr", this::process);
    }

    private Reply process(ApiRequest request) {
        ValidatedBody body = ValidatedBody.of(request, OcrRequestShape.REQUEST);
        if (body.error() != null) {
            return body.error();
        }
        JsonObject ocr = body.object();
        String modelName = Json.string(ocr, "model");
        Optional<ModelCard> model = modelName == null ? Optional.empty() : catalog.find(modelName);
        if (model.isEmpty()) {
            return ApiErrors.invalidModel(modelName);
        }
        if (!model.get().can("ocr")) {
            return ApiErrors.error(400, "Model " + modelName + " does not support OCR", "invalid_model", "1500");
        }
        Optional<Reply> wrongFormat = annotationFormatCheck(ocr);
        if (wrongFormat.isPresent()) {
            return wrongFormat.get();
        }
        OcrSource source = OcrSource.of(ocr.getAsJsonObject("document"));
        if (source.error() != null) {
            return source.error();
        }
        List<Integer> selected = new ArrayList<>();
        Optional<Reply> badPages = selectPages(ocr.get("pages"), source.pageCount(), selected);
        if (badPages.isPresent()) {
            return badPages.get();
        }

        OcrPageWriter writer = new OcrPageWriter(source, OcrOptions.of(ocr));
        JsonArray pages = new JsonArray();
        selected.forEach(index -> pages.add(writer.page(index)));
        JsonElement documentSchema = OcrOptions.schemaOf(Json.object(ocr, "document_annotation_format"));
        JsonObject usage = new JsonObject();
        usage.addProperty("pages_processed", selected.size());
        usage.addProperty("doc_size_bytes", source.sizeBytes());

        JsonObject response = new JsonObject();
        response.add("pages", pages);
        response.addProperty("model", modelName);
        response.add("document_annotation", documentSchema == null ? JsonNull.INSTANCE
                : OcrPageWriter.annotation(documentSchema, pages.get(0).getAsJsonObject().get("markdown").getAsString()));
        response.add("usage_info", usage);
        return Reply.Json.ok(response, selected.size());
    }

    /** Annotation formats must be json_schema with a schema ("Only json_schema is valid for this field"). */
    private static Optional<Reply> annotationFormatCheck(JsonObject ocr) {
        for (String field : List.of("bbox_annotation_format", "document_annotation_format")) {
            JsonObject format = Json.object(ocr, field);
            if (format != null && (!"json_schema".equals(Json.string(format, "type"))
                    || OcrOptions.schemaOf(format) == null)) {
                return Optional.of(ApiErrors.badRequest(field + " must be of type json_schema with a json_schema"));
            }
        }
        if (Json.string(ocr, "document_annotation_prompt") != null && Json.object(ocr, "document_annotation_format") == null) {
            return Optional.of(ApiErrors.badRequest("document_annotation_prompt requires a document_annotation_format"));
        }
        return Optional.empty();
    }

    /** Fills {@code selected} from {@code pages} (null: all; a list; or "0,2-4"); a page past the end is a 400. */
    private static Optional<Reply> selectPages(JsonElement pages, int pageCount, List<Integer> selected) {
        if (pages == null || pages.isJsonNull()) {
            for (int i = 0; i < pageCount; i++) {
                selected.add(i);
            }
            return Optional.empty();
        }
        if (pages.isJsonArray()) {
            pages.getAsJsonArray().forEach(page -> selected.add(page.getAsInt()));
        } else {
            for (String part : pages.getAsString().split(",")) {
                String[] range = part.strip().split("-", -1);
                try {
                    int first = Integer.parseInt(range[0].strip());
                    int last = range.length > 1 ? Integer.parseInt(range[1].strip()) : first;
                    for (int page = first; page <= last && selected.size() <= pageCount; page++) {
                        selected.add(page);
                    }
                } catch (NumberFormatException e) {
                    return Optional.of(ApiErrors.badRequest("Invalid pages '" + pages.getAsString()
                            + "': use page numbers and ranges such as '0,2-4'"));
                }
            }
        }
        for (int page : selected) {
            if (page < 0 || page >= pageCount) {
                return Optional.of(ApiErrors.badRequest("Page " + page + " is out of range: the document has "
                        + pageCount + " pages (numbered from 0)"));
            }
        }
        if (selected.isEmpty()) {
            return Optional.of(ApiErrors.badRequest("pages selects no page"));
        }
        return Optional.empty();
    }
}
