package io.mistral4j.impl.json;

import com.google.gson.Gson;
import io.mistral4j.chat.ChunkChoice;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.DeltaMessage;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.Usage;
import java.util.List;

/**
 * Reads the common shape of a stream chunk straight from its text, without a tokenizer: an id,
 * object, created, model, choices whose deltas carry a role and text content, and usage (handed
 * to Gson, as it comes once). That is nearly every event of a chat stream, and read this way an
 * event costs a few small objects instead of Gson's reader and its buffer. A delta's
 * {@code tool_call_id} and {@code index} are read too. Anything else (tool call deltas, content
 * chunks, a delta's {@code metadata} object, an unknown member holding an object or array, a
 * value of an unexpected type, malformed text) gives up with null, and the caller reads the text
 * with Gson
 * ({@link ChatAnswerAdapterFactory}), which decides as it always has. Thread-safe.
 */
final class CompletionChunkReader {

    /** In the order servers write them: {@link JsonCursor#member(String[], int)} tries the next one first. */
    private static final String[] CHUNK = {"id", "object", "created", "model", "choices", "usage"};
    private static final String[] CHOICE = {"index", "delta", "finish_reason"};
    private static final String[] DELTA = {"role", "content", "tool_calls", "tool_call_id", "index", "metadata"};

    private final Gson gson;

    /*
     * The id, object and model of the last chunk read: every chunk of a stream repeats them, and a
     * chunk whose text holds the same string gets this one instead of a copy. Shared by every
     * stream without a lock: each is an immutable String (safe to publish by a race), and a
     * stale or another stream's value only costs a copy.
     */
    private String recentId;
    private String recentObject;
    private String recentModel;

    CompletionChunkReader(Gson gson) {
        this.gson = gson;
    }

    /** The chunk, or null when the text is not the plain shape this reader knows. */
    CompletionChunk read(String json) {
        return read(json, new ContentSpan());
    }

    /**
     * As {@link #read(String)}, noting in {@code contentSpan} where the delta content strings lie
     * ({@link StreamChunkReader} compares the rest of the text).
     */
    CompletionChunk read(String json, ContentSpan contentSpan) {
        // Any failure (GiveUp, the end of the text, Gson's word on usage) leaves the whole text to Gson.
        return JsonCursor.whole(json, cursor -> chunk(cursor, contentSpan));
    }

    private CompletionChunk chunk(JsonCursor in, ContentSpan span) {
        String id = null;
        String object = null;
        long created = 0;
        String model = null;
        Usage usage = null;
        List<ChunkChoice> choices = null;
        if (in.beginObject()) {
            int member = -1;
            do {
                member = in.member(CHUNK, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 0 -> {
                        id = isNull ? null : in.unescaped(recentId);
                        recentId = remember(id, recentId);
                    }
                    case 1 -> {
                        object = isNull ? null : in.unescaped(recentObject);
                        recentObject = remember(object, recentObject);
                    }
                    case 2 -> created = isNull ? 0 : in.plainLong();
                    case 3 -> {
                        model = isNull ? null : in.unescaped(recentModel);
                        recentModel = remember(model, recentModel);
                    }
                    case 4 -> choices = isNull ? null : in.array(cursor -> choice(cursor, span));
                    case 5 -> usage = isNull ? null : usage(in);
                    default -> in.skipScalarUnless(isNull);
                }
            } while (in.nextMember());
        }
        return new CompletionChunk(id, object, created, model, usage, choices);
    }

    /** What to offer the next chunk: {@code value} when it is new and plain, else what was offered. */
    private static String remember(String value, String recent) {
        return value == null || value == recent || !JsonCursor.isPlain(value) ? recent : value;
    }

    private Usage usage(JsonCursor in) {
        if (in.peek() != '{') {
            throw JsonCursor.GiveUp.INSTANCE;
        }
        int start = in.position();
        in.skipValue();
        return gson.fromJson(in.text(start), Usage.class);
    }

    private static ChunkChoice choice(JsonCursor in, ContentSpan span) {
        int index = 0;
        DeltaMessage delta = null;
        FinishReason finish = null;
        if (in.beginObject()) {
            int member = -1;
            do {
                member = in.member(CHOICE, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 0 -> index = isNull ? 0 : in.plainInt();
                    case 1 -> delta = isNull ? null : delta(in, span);
                    case 2 -> finish = isNull ? null : FinishReason.of(in.unescaped());
                    default -> in.skipScalarUnless(isNull);
                }
            } while (in.nextMember());
        }
        return new ChunkChoice(index, delta, finish);
    }

    private static DeltaMessage delta(JsonCursor in, ContentSpan span) {
        String role = null;
        Content content = null;
        String toolCallId = null;
        Integer index = null;
        if (in.beginObject()) {
            int member = 0; // most deltas hold the content alone: it is tried first
            do {
                member = in.member(DELTA, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 0 -> role = isNull ? null : in.unescaped();
                    case 1 -> {
                        if (!isNull) {
                            in.skipWhitespace();
                            int quote = in.position();
                            content = new Content.Text(in.unescaped());
                            span.found(quote, in.position());
                        }
                    }
                    case 2 -> {
                        if (!isNull) {
                            throw JsonCursor.GiveUp.INSTANCE; // tool call deltas are Gson's
                        }
                    }
                    case 3 -> toolCallId = isNull ? null : in.unescaped();
                    case 4 -> index = isNull ? null : in.plainInt();
                    case 5 -> {
                        if (!isNull) {
                            throw JsonCursor.GiveUp.INSTANCE; // free-form metadata is Gson's
                        }
                    }
                    default -> in.skipScalarUnless(isNull);
                }
            } while (in.nextMember());
        }
        return new DeltaMessage(role, content, null, toolCallId, index, null);
    }

    /** Where the delta content strings of a chunk's text lie: how many, and the last one's bounds. */
    static final class ContentSpan {
        private int strings;
        private int quote = -1;
        private int end = -1;

        void found(int openingQuote, int afterClosingQuote) {
            strings++;
            quote = openingQuote;
            end = afterClosingQuote;
        }

        /** Whether the text held exactly one content string. */
        boolean isOne() {
            return strings == 1;
        }

        /** The index of its opening quote. */
        int quote() {
            return quote;
        }

        /** The index just after its closing quote. */
        int end() {
            return end;
        }
    }
}
