package io.mistral4j.agents;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.List;

/** The checks the builders of this package share; each names the field as the builder calls it. */
final class Checks {

    private static final int MAX_VERSION_MESSAGE = 500;

    private Checks() {
    }

    static void requireNotBlankIfSet(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new ValidationException(field, "must not be blank when set");
        }
    }

    /** {@code handoffs}: null, or at least one non-blank agent id. */
    static void requireHandoffs(List<String> handoffs) {
        if (handoffs == null) {
            return;
        }
        if (handoffs.isEmpty()) {
            throw new ValidationException("handoffs", "must hold at least one agent id when set");
        }
        for (int i = 0; i < handoffs.size(); i++) {
            Require.text("handoffs[" + i + "]", handoffs.get(i));
        }
    }

    static void requireVersionMessage(String versionMessage) {
        if (versionMessage != null && versionMessage.length() > MAX_VERSION_MESSAGE) {
            throw new ValidationException("versionMessage", "must be at most " + MAX_VERSION_MESSAGE
                    + " characters, was " + versionMessage.length());
        }
    }

    /** Each tool has what the API requires of its type. */
    static void requireTools(List<AgentTool> tools) {
        if (tools == null) {
            return;
        }
        for (int i = 0; i < tools.size(); i++) {
            String field = "tools[" + i + "]";
            AgentTool tool = tools.get(i);
            if (tool == null) {
                throw new ValidationException(field, "must not be null");
            }
            if (tool instanceof FunctionTool function) {
                if (function.function() == null) {
                    throw new ValidationException(field + ".function", "is required");
                }
                if (function.function().parameters() == null) {
                    throw new ValidationException(field + ".function.parameters",
                            "is required (a JSON schema; use Map.of(\"type\", \"object\") for none)");
                }
            } else if (tool instanceof DocumentLibraryTool library) {
                if (library.libraryIds().isEmpty()) {
                    throw new ValidationException(field + ".libraryIds", "must hold at least one library id");
                }
                for (int j = 0; j < library.libraryIds().size(); j++) {
                    Require.text(field + ".libraryIds[" + j + "]", library.libraryIds().get(j));
                }
            } else if (tool instanceof ConnectorTool connector) {
                Require.text(field + ".connectorId", connector.connectorId());
            }
        }
    }
}
