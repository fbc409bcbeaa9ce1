package io.mistral4j.chat;

/**
 * Expected output the model can reuse to answer faster: {@code {"type":"content","content":...}}.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 */
public record Prediction(String type, String content) {

    /** Defaults a null type to {@code content} and null content to an empty string. */
    public Prediction {
        type = type == null ? "content" : type;
        content = content == null ? "" : content;
    }

    /** A prediction that the answer will be close to this text. */
    public static Prediction content(String expected) {
        return new Prediction("content", expected);
    }
}
