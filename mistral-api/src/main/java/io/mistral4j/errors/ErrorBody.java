package io.mistral4j.errors;

import io.mistral4j.Redaction;
import java.util.List;
import java.util.Optional;

/**
 * What Mistral said in an error answer, parsed leniently from every shape seen in the wild:
 * the documented {@code {"object":"error","message","type","param","code"}}, the 429
 * {@code {"type":"rate_limited","code":"1300",...}}, a bare {@code {"message":...}} and the
 * 422 {@code {"detail":[{"loc","msg","type"}]}} validation list. Credentials the server
 * echoed are masked (see {@link Redaction#credentials(String)}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param message the human readable message, or null when the body had none
 * @param type    Mistral's error type, e.g. {@code invalid_request_error}, or null
 * @param code    Mistral's error code, e.g. {@code 1300}, or null
 * @param param   the offending parameter when the server named one, or null
 * @param details the validation problems of a 422 answer; empty otherwise
 */
public record ErrorBody(String message, String type, String code, String param, List<ValidationIssue> details) {

    /** Credentials the server echoed (an {@code Authorization} value, a bearer token) are masked here. */
    public ErrorBody {
        message = Redaction.credentials(message);
        type = Redaction.credentials(type);
        code = Redaction.credentials(code);
        param = Redaction.credentials(param);
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** The human readable message, empty when the body had none. */
    public Optional<String> messageText() {
        return Optional.ofNullable(message);
    }

    /**
     * One problem of a 422 answer: where ({@code loc}), what ({@code msg}) and its kind.
     *
     * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
     * the API adds a field.
     *
     * @param loc  the path to the offending value, e.g. {@code [body, messages, 0, content]}; empty when not given
     * @param msg  what is wrong with it, credentials masked
     * @param type the kind of problem, e.g. {@code missing}, or null
     */
    public record ValidationIssue(List<String> loc, String msg, String type) {
        /** Copies {@code loc} (null becomes empty) and masks credentials echoed in {@code msg}. */
        public ValidationIssue {
            loc = loc == null ? List.of() : List.copyOf(loc);
            msg = Redaction.credentials(msg);
        }

        @Override
        public String toString() {
            return (loc.isEmpty() ? "" : String.join(".", loc) + ": ") + msg + (type == null ? "" : " (" + type + ")");
        }
    }

    /** One line that summarises the body for an exception message. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        if (message != null) {
            out.append(message);
        }
        if (!details.isEmpty()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            for (int i = 0; i < details.size(); i++) {
                out.append(i == 0 ? "" : "; ").append(details.get(i));
            }
        }
        tag(out, "type", type);
        tag(out, "code", code);
        tag(out, "param", param);
        return out.toString();
    }

    private static void tag(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(out.length() > 0 ? " [" : "[").append(name).append('=').append(value).append(']');
        }
    }
}
