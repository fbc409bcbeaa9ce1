package io.mistral4j.tck.simulator.state;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.nio.file.Path;

/**
 * A file in the {@link FileStore}: its description and where its bytes are on disk.
 *
 * @param expiresAt seconds since the epoch, or null for never
 */
public record StoredFile(String id, String filename, long bytes, long createdAt, String purpose, String sampleType,
                  String source, long numLines, String mimetype, String signature, Long expiresAt,
                  String visibility, Path path) {

    /** The spec's {@code FileSchema}; retrieve adds {@code deleted}. */
    public JsonObject toJson(boolean withDeleted) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("object", "file");
        o.addProperty("bytes", bytes);
        o.addProperty("created_at", createdAt);
        o.addProperty("filename", filename);
        o.addProperty("purpose", purpose);
        o.addProperty("sample_type", sampleType);
        o.addProperty("num_lines", numLines);
        o.addProperty("mimetype", mimetype);
        o.addProperty("source", source);
        o.addProperty("signature", signature);
        if (expiresAt == null) {
            o.add("expires_at", JsonNull.INSTANCE);
        } else {
            o.addProperty("expires_at", expiresAt);
        }
        o.addProperty("visibility", visibility);
        if (withDeleted) {
            o.addProperty("deleted", false);
        }
        return o;
    }
}
