package io.mistral4j.impl.finetuning;

import io.mistral4j.finetuning.FineTuningJob;
import java.util.List;

/** The body of {@code GET /v1/fine_tuning/jobs} (the spec's {@code JobsOut}). */
record JobListResponse(List<FineTuningJob> data, String object, Long total) {

    JobListResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
