package io.mistral4j.tck.simulator.routes.batch;

import io.mistral4j.tck.simulator.wire.Shape;

import java.util.List;

import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;
import static io.mistral4j.tck.simulator.wire.Shape.uuid;

/** The batch route's request body ({@code BatchJobIn}), transcribed from the OpenAPI spec, field order as in the spec. */
final class BatchShapes {

    static final List<String> ENDPOINTS = List.of("/v1/chat/completions", "/v1/embeddings",
            "/v1/fim/completions", "/v1/moderations", "/v1/chat/moderations", "/v1/ocr", "/v1/classifications",
            "/v1/chat/classifications", "/v1/conversations", "/v1/audio/transcriptions");

    static final Shape BATCH_REQUEST = model("BatchRequest")
            .opt("custom_id", nullable(str()))
            .req("body", dict()).build();

    static final Shape BATCH_JOB_IN = model("BatchJobIn")
            .opt("input_files", nullable(listOf(uuid())))
            .opt("requests", nullable(listOf(BATCH_REQUEST)))
            .req("endpoint", enumOf(ENDPOINTS.toArray(String[]::new)))
            .opt("model", nullable(str()))
            .opt("agent_id", nullable(str()))
            .opt("metadata", nullable(dict()))
            .opt("timeout_hours", integer(null)).build();

    private BatchShapes() {
    }
}
