package io.mistral4j.chat;

/** Expected output the model can reuse to answer faster: {@code {"type":"content","content":...}}. */
public record Prediction(String type, String content) {

    public Prediction {
        type = type == null ? "content" : type;
        content = content == null ? "" : content;
    }

    public static Prediction content(String expected) {
        return new Prediction("content", expected);
    }
}
