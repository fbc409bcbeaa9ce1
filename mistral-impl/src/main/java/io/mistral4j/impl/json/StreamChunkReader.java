package io.mistral4j.impl.json;

import io.mistral4j.chat.ChunkChoice;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.DeltaMessage;
import java.util.List;

/**
 * Reads the chunks of one chat stream. Consecutive chunks of a stream nearly always differ only
 * in the text of their content: when a chunk's text is the previous chunk's text up to the
 * opening quote of its content, and again after the closing quote, and the content between is a
 * string without escapes, the chunk is the previous one with that content, and only the content
 * is read. Any other chunk is read in full ({@link CompletionChunkReader}, else Gson), and becomes
 * the one the next is compared with. One per stream; not thread-safe.
 */
public final class StreamChunkReader {

    private final JsonCodec codec;

    /**
     * The last chunk read in full whose content can be replaced, its text up to and with the
     * opening quote of the content, and its text from the closing quote on. Kept as strings of
     * their own because {@code startsWith} and {@code endsWith} compare a whole string an order of
     * magnitude faster than {@code regionMatches} compares a region.
     */
    private CompletionChunk template;
    private String prefix;
    private String suffix;

    StreamChunkReader(JsonCodec codec) {
        this.codec = codec;
    }

    /** The chunk {@code text} holds; a {@link com.google.gson.JsonParseException} when it is not one. */
    public CompletionChunk read(String text) {
        CompletionChunk same = sameButContent(text);
        if (same != null) {
            return same;
        }
        CompletionChunkReader.ContentSpan span = new CompletionChunkReader.ContentSpan();
        CompletionChunk chunk = codec.chunkReader().read(text, span);
        if (chunk == null) {
            template = null;
            return codec.withGson(text, CompletionChunk.class); // the hand-written reader gave up already
        }
        remember(chunk, text, span);
        return chunk;
    }

    /** The template with this text's content, or null when the text differs anywhere else. */
    private CompletionChunk sameButContent(String text) {
        if (template == null) {
            return null;
        }
        int contentStart = prefix.length();
        int closingQuote = text.length() - suffix.length();
        if (closingQuote < contentStart || !text.endsWith(suffix) || !text.startsWith(prefix)) {
            return null;
        }
        for (int i = contentStart; i < closingQuote; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return null; // not one plain string: read in full
            }
        }
        ChunkChoice choice = template.choices().get(0);
        DeltaMessage delta = choice.delta();
        DeltaMessage content = new DeltaMessage(delta.role(), new Content.Text(text.substring(contentStart,
                closingQuote)), delta.toolCalls(), delta.toolCallId(), delta.index(), delta.metadata());
        return new CompletionChunk(template.id(), template.object(), template.created(), template.model(),
                template.usage(), List.of(new ChunkChoice(choice.index(), content, choice.finishReason())));
    }

    /** Keeps a chunk of one choice whose delta's content is a string, for the next to be compared with. */
    private void remember(CompletionChunk chunk, String text, CompletionChunkReader.ContentSpan span) {
        boolean replaceable = span.isOne() && chunk.choices() != null && chunk.choices().size() == 1
                && chunk.choices().get(0).delta() != null
                && chunk.choices().get(0).delta().content() instanceof Content.Text;
        template = replaceable ? chunk : null;
        prefix = replaceable ? text.substring(0, span.quote() + 1) : null;   // with the opening quote
        suffix = replaceable ? text.substring(span.end() - 1) : null;       // from the closing quote
    }
}
