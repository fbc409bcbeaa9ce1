package io.mistral4j.impl.json;

import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.FinishReason;
import io.mistral4j.chat.Usage;
import java.util.List;

/**
 * Reads the common shape of a chat completion answer straight from its text, without a
 * tokenizer: an id, object, created, model, choices whose message holds a role, text content and
 * at most an empty {@code tool_calls} and a {@code prefix}, and usage in plain counts. That is
 * nearly every answer of a chat call, and read this way it costs the objects it is made of
 * instead of Gson's reader and its buffer. Anything else (tool calls, content chunks, a choice's
 * {@code messages}, prompt token details, an unknown member holding an object or array, a value
 * of another type than the usual one, malformed text) gives up with null, and the caller reads
 * the text with Gson ({@link ChatAnswerAdapterFactory}), which decides as it always has.
 * Thread-safe.
 */
final class ChatResponseReader {

    /** In the order servers write them: {@link JsonCursor#member(String[], int)} tries the next one first. */
    private static final String[] RESPONSE = {"id", "object", "created", "model", "choices", "usage"};
    private static final String[] CHOICE = {"index", "message", "finish_reason", "messages"};
    private static final String[] MESSAGE = {"role", "content", "tool_calls", "prefix"};
    private static final String[] USAGE = {"prompt_tokens", "completion_tokens", "total_tokens",
        "prompt_audio_seconds", "num_cached_tokens", "service_tier"};

    /** The answer, or null when the text is not the plain shape this reader knows. */
    ChatCompletionResponse read(String json) {
        return JsonCursor.whole(json, ChatResponseReader::response);
    }

    private static ChatCompletionResponse response(JsonCursor in) {
        String id = null;
        String object = null;
        long created = 0;
        String model = null;
        Usage usage = null;
        List<ChatCompletionChoice> choices = null;
        if (in.beginObject()) {
            int member = -1;
            do {
                member = in.member(RESPONSE, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 0 -> id = isNull ? null : in.unescaped();
                    case 1 -> object = isNull ? null : in.unescaped();
                    case 2 -> created = isNull ? 0 : in.plainLong();
                    case 3 -> model = isNull ? null : in.unescaped();
                    case 4 -> choices = isNull ? null : in.array(ChatResponseReader::choice);
                    case 5 -> usage = isNull ? null : usage(in);
                    default -> in.skipScalarUnless(isNull);
                }
            } while (in.nextMember());
        }
        return new ChatCompletionResponse(id, object, created, model, usage, choices);
    }

    private static ChatCompletionChoice choice(JsonCursor in) {
        int index = 0;
        AssistantMessage message = null;
        FinishReason finish = null;
        if (in.beginObject()) {
            int member = -1;
            do {
                member = in.member(CHOICE, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 0 -> index = isNull ? 0 : in.plainInt();
                    case 1 -> message = isNull ? null : message(in);
                    case 2 -> finish = isNull ? null : FinishReason.of(in.unescaped());
                    case 3 -> giveUpUnless(isNull); // the messages of a choice are Gson's
                    default -> in.skipScalarUnless(isNull);
                }
            } while (in.nextMember());
        }
        return new ChatCompletionChoice(index, message, finish, null);
    }

    private static AssistantMessage message(JsonCursor in) {
        Content content = null;
        Boolean prefix = null;
        if (in.beginObject()) {
            int member = -1;
            do {
                member = in.member(MESSAGE, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 1 -> content = isNull ? null : new Content.Text(in.unescaped());
                    case 2 -> {
                        if (!isNull) {
                            in.expect('['); // tool calls are Gson's; an empty list is none
                            in.expect(']');
                        }
                    }
                    case 3 -> prefix = isNull ? null : in.booleanLiteral();
                    default -> in.skipScalarUnless(isNull); // the role is known: an assistant's
                }
            } while (in.nextMember());
        }
        return new AssistantMessage(content, null, prefix);
    }

    private static Usage usage(JsonCursor in) {
        int prompt = 0;
        int completion = 0;
        int total = 0;
        Integer audioSeconds = null;
        Integer cached = null;
        String serviceTier = null;
        if (in.beginObject()) {
            int member = -1;
            do {
                member = in.member(USAGE, member + 1);
                boolean isNull = in.consumeNull();
                switch (member) {
                    case 0 -> prompt = isNull ? 0 : in.plainInt();
                    case 1 -> completion = isNull ? 0 : in.plainInt();
                    case 2 -> total = isNull ? 0 : in.plainInt();
                    case 3 -> audioSeconds = isNull ? null : in.plainInt();
                    case 4 -> cached = isNull ? null : in.plainInt();
                    case 5 -> serviceTier = isNull ? null : in.unescaped();
                    default -> in.skipScalarUnless(isNull); // prompt token details: an object, Gson's
                }
            } while (in.nextMember());
        }
        return new Usage(prompt, completion, total, audioSeconds, cached, null, serviceTier);
    }

    private static void giveUpUnless(boolean isNull) {
        if (!isNull) {
            throw JsonCursor.GiveUp.INSTANCE;
        }
    }
}
