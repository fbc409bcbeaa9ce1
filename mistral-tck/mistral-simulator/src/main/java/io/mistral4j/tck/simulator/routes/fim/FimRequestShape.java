package io.mistral4j.tck.simulator.routes.fim;

import io.mistral4j.tck.simulator.wire.Shape;

import static io.mistral4j.tck.simulator.wire.Shape.bool;
import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.integer;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.number;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import java.util.LinkedHashMap;
import java.util.Map;

/** FIMCompletionRequest, transcribed from the OpenAPI spec in its field order. */
public final class FimRequestShape {

    static final Shape REQUEST = model("FIMCompletionRequest")
            .req("model", str())
            .opt("temperature", nullable(number(0.0, 1.5)))
            .opt("top_p", number(0.0, 1.0))
            .opt("max_tokens", nullable(integer(0L)))
            .opt("stream", bool())
            .opt("stop", strOrList())
            .opt("random_seed", nullable(integer(0L)))
            .opt("metadata", nullable(dict()))
            .req("prompt", str())
            .opt("suffix", nullable(str()))
            .opt("min_tokens", nullable(integer(0L)))
            .opt("prompt_cache_key", nullable(str()))
            .build();

    private FimRequestShape() {
    }

    /** {@code str | list[str]}, used by {@code stop} and by the {@code input} of texts. */
    public static Shape strOrList() {
        Map<String, Shape> branches = new LinkedHashMap<>();
        branches.put("str", str());
        branches.put("list[str]", listOf(str()));
        return new Shape.KindUnion(branches);
    }
}
