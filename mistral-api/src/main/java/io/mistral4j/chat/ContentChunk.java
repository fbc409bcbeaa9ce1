package io.mistral4j.chat;

/**
 * One part of a message's content, told apart on the wire by {@code type}. A chunk type this
 * version does not know arrives as an {@link UnknownChunk} that keeps all its fields.
 */
public sealed interface ContentChunk permits TextChunk, ImageUrlChunk, DocumentUrlChunk, ReferenceChunk, FileChunk,
        ThinkChunk, AudioChunk, UnknownChunk {

    /** The wire discriminator, e.g. {@code text} or {@code image_url}. */
    String type();

    /** A text chunk. */
    static TextChunk text(String text) {
        return new TextChunk(text);
    }

    /** An image by URL or {@code data:} URI, at the model's default detail. */
    static ImageUrlChunk imageUrl(String url) {
        return new ImageUrlChunk(new ImageUrl(url, null));
    }

    /** A document by URL, without a name. */
    static DocumentUrlChunk documentUrl(String url) {
        return new DocumentUrlChunk(url, null);
    }

    /** A file uploaded earlier, by its id. */
    static FileChunk file(String fileId) {
        return new FileChunk(fileId);
    }

    /** Audio input: base64-encoded audio data or a URL. */
    static AudioChunk inputAudio(String base64OrUrl) {
        return new AudioChunk(base64OrUrl);
    }
}
