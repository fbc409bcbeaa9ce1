package io.mistral4j.impl.files;

import io.mistral4j.files.FileInfo;
import java.util.List;

/** The body of {@code GET /v1/files} (the spec's {@code ListFilesOut}). */
record FileListResponse(List<FileInfo> data, String object, Long total) {

    FileListResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
