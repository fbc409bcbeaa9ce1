package io.mistral4j.tck.simulator.routes.classifiers;

import io.mistral4j.tck.simulator.routes.chat.ChatRequestShape;
import io.mistral4j.tck.simulator.routes.fim.FimRequestShape;
import io.mistral4j.tck.simulator.wire.Shape;

import static io.mistral4j.tck.simulator.wire.Shape.dict;
import static io.mistral4j.tck.simulator.wire.Shape.listOf;
import static io.mistral4j.tck.simulator.wire.Shape.model;
import static io.mistral4j.tck.simulator.wire.Shape.nullable;
import static io.mistral4j.tck.simulator.wire.Shape.str;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ClassificationRequest (moderations and classifications), ChatModerationRequest and
 * ChatClassificationRequest, transcribed from the OpenAPI spec in their field order.
 */
public final class ClassifierRequestShapes {

    private static final String MESSAGES_LABEL =
            "list[tagged-union[SystemMessage,UserMessage,AssistantMessage,ToolMessage]]";

    static final Shape CLASSIFICATION = model("ClassificationRequest")
            .req("model", str())
            .opt("metadata", nullable(dict()))
            .req("input", FimRequestShape.strOrList())
            .build();

    /** One conversation (a list of messages) or several (a list of such lists): both are arrays. */
    static final Shape CHAT_MODERATION = model("ChatModerationRequest")
            .req("input", anyOf(
                    MESSAGES_LABEL, listOf(ChatRequestShape.MESSAGE),
                    "list[" + MESSAGES_LABEL + "]", listOf(listOf(ChatRequestShape.MESSAGE))))
            .req("model", str())
            .build();

    static final Shape INSTRUCT_REQUEST = model("InstructRequest")
            .req("messages", listOf(ChatRequestShape.MESSAGE))
            .build();

    static final Shape CHAT_CLASSIFICATION = model("ChatClassificationRequest")
            .req("model", str())
            .req("input", kindUnion("InstructRequest", INSTRUCT_REQUEST, "list[InstructRequest]",
                    listOf(INSTRUCT_REQUEST)))
            .build();

    private ClassifierRequestShapes() {
    }

    private static Shape anyOf(String label1, Shape branch1, String label2, Shape branch2) {
        Map<String, Shape> branches = new LinkedHashMap<>();
        branches.put(label1, branch1);
        branches.put(label2, branch2);
        return new Shape.AnyOf(branches);
    }

    private static Shape kindUnion(String label1, Shape branch1, String label2, Shape branch2) {
        Map<String, Shape> branches = new LinkedHashMap<>();
        branches.put(label1, branch1);
        branches.put(label2, branch2);
        return new Shape.KindUnion(branches);
    }
}
