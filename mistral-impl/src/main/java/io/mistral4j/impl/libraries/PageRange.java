package io.mistral4j.impl.libraries;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.impl.operation.CallSpec;

/** The pages of a document's text to read; a null bound is no bound. */
record PageRange(Integer pageStart, Integer pageEnd) {

    /** Checks the bounds (when the call is encoded, so that an async call fails in its future) and queries them. */
    CallSpec into(CallSpec call) {
        if (pageStart != null && pageStart < 0) {
            throw new ValidationException("pageStart", "must be 0 or more, was " + pageStart);
        }
        if (pageEnd != null && pageStart != null && pageEnd < pageStart) {
            throw new ValidationException("pageEnd", "must not be before pageStart, was " + pageEnd);
        }
        return call.query("page_start", pageStart).query("page_end", pageEnd);
    }
}
