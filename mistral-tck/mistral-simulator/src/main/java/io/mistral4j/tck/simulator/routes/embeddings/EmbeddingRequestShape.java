package io.mistral4j.tck.simulator.routes.embeddings;

import io.mistral4j.tck.simulator.routes.fim.FimRequestShape;
import io.mistral4j.tck.simulator.wire.Shape;

import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.enumOf;
import static io.mistral4j.tck.simulator.wire.Shape.integerAbove;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

/** EmbeddingRequest, transcribed from the OpenAPI spec in its field order. */
public final class EmbeddingRequestShape {

    static final Shape REQUEST = model("EmbeddingRequest")
            .req("model", str())
            .opt("metadata", nullable(dict()))
            .req("input", FimRequestShape.strOrList())
            .opt("output_dimension", nullable(integerAbove(0)))
            .opt("output_dtype", enumOf("float", "int8", "uint8", "binary", "ubinary"))
            .opt("encoding_format", enumOf("float", "base64"))
            .build();

    private EmbeddingRequestShape() {
    }
}
