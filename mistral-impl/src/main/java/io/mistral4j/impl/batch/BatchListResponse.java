package io.mistral4j.impl.batch;

import io.mistral4j.batch.BatchJob;
import java.util.List;

/** The body of {@code GET /v1/batch/jobs} (the spec's {@code BatchJobsOut}). */
record BatchListResponse(List<BatchJob> data, String object, Long total) {

    BatchListResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
