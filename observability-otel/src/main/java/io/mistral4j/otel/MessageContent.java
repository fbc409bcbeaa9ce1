package io.mistral4j.otel;

import io.mistral4j.chat.AssistantMessage;
import io.mistral4j.chat.AudioChunk;
import io.mistral4j.chat.ChatCompletionChoice;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Content;
import io.mistral4j.chat.ContentChunk;
import io.mistral4j.chat.DocumentUrlChunk;
import io.mistral4j.chat.FileChunk;
import io.mistral4j.chat.ImageUrlChunk;
import io.mistral4j.chat.Message;
import io.mistral4j.chat.ReferenceChunk;
import io.mistral4j.chat.SystemMessage;
import io.mistral4j.chat.TextChunk;
import io.mistral4j.chat.ThinkChunk;
import io.mistral4j.chat.ToolCall;
import io.mistral4j.chat.ToolMessage;
import io.mistral4j.chat.UnknownChunk;
import io.mistral4j.chat.UserMessage;
import java.util.List;

/**
 * Messages as the conventions' opt-in attributes hold them: JSON arrays of
 * {@code {"role": ..., "parts": [...]}} (output messages add {@code finish_reason}), with
 * parts of type {@code text}, {@code reasoning}, {@code tool_call}, {@code tool_call_response},
 * {@code uri}, {@code file} and {@code blob}. Only ever built when the user opted in.
 */
final class MessageContent {

    private MessageContent() {
    }

    /** {@code gen_ai.input.messages} of a request's messages, in the order sent. */
    static String input(List<Message> messages) {
        Json json = new Json();
        json.open('[');
        for (Message message : messages) {
            json.comma().open('{').field("role", role(message)).comma().name("parts").open('[');
            parts(json, message);
            json.close(']').close('}');
        }
        return json.close(']').toString();
    }

    /** {@code gen_ai.output.messages} of a completion: one message per choice. */
    static String output(ChatCompletionResponse response) {
        Json json = new Json();
        json.open('[');
        for (ChatCompletionChoice choice : response.choices()) {
            json.comma().open('{').field("role", "assistant").comma().name("parts").open('[');
            AssistantMessage message = choice.message();
            if (message != null) {
                parts(json, message);
            }
            json.close(']');
            if (choice.finishReason() != null) {
                json.comma().field("finish_reason", choice.finishReason().value());
            }
            json.close('}');
        }
        return json.close(']').toString();
    }

    private static String role(Message message) {
        if (message instanceof SystemMessage) {
            return "system";
        }
        if (message instanceof UserMessage) {
            return "user";
        }
        if (message instanceof AssistantMessage) {
            return "assistant";
        }
        return "tool";
    }

    private static void parts(Json json, Message message) {
        if (message instanceof ToolMessage) {
            ToolMessage tool = (ToolMessage) message;
            json.comma().open('{').field("type", "tool_call_response").comma().field("id", tool.toolCallId())
                    .comma().field("response", tool.content() == null ? "" : tool.content().text()).close('}');
            return;
        }
        Content content = contentOf(message);
        if (content != null) {
            for (ContentChunk chunk : content.chunks()) {
                part(json, chunk);
            }
        }
        if (message instanceof AssistantMessage) {
            for (ToolCall call : ((AssistantMessage) message).toolCalls()) {
                json.comma().open('{').field("type", "tool_call").comma().field("id", call.id()).comma()
                        .field("name", call.function() == null ? null : call.function().name()).comma()
                        .field("arguments", call.function() == null ? null : call.function().arguments())
                        .close('}');
            }
        }
    }

    private static Content contentOf(Message message) {
        if (message instanceof SystemMessage) {
            return ((SystemMessage) message).content();
        }
        if (message instanceof UserMessage) {
            return ((UserMessage) message).content();
        }
        if (message instanceof AssistantMessage) {
            return ((AssistantMessage) message).content();
        }
        return null;
    }

    private static void part(Json json, ContentChunk chunk) {
        json.comma().open('{');
        if (chunk instanceof TextChunk) {
            json.field("type", "text").comma().field("content", ((TextChunk) chunk).text());
        } else if (chunk instanceof ThinkChunk) {
            json.field("type", "reasoning").comma().field("content", ((ThinkChunk) chunk).text());
        } else if (chunk instanceof ImageUrlChunk) {
            ImageUrlChunk image = (ImageUrlChunk) chunk;
            json.field("type", "uri").comma().field("modality", "image").comma()
                    .field("uri", image.imageUrl() == null ? null : image.imageUrl().url());
        } else if (chunk instanceof DocumentUrlChunk) {
            json.field("type", "uri").comma().field("modality", "document").comma()
                    .field("uri", ((DocumentUrlChunk) chunk).documentUrl());
        } else if (chunk instanceof FileChunk) {
            json.field("type", "file").comma().field("file_id", ((FileChunk) chunk).fileId());
        } else if (chunk instanceof AudioChunk) {
            AudioChunk audio = (AudioChunk) chunk;
            json.field("type", "blob").comma().field("modality", "audio");
            // A file is read only to be sent: its content would be a whole file in the span.
            if (!(audio.source() instanceof AudioChunk.AudioFile)) {
                json.comma().field("content", audio.inputAudio());
            }
        } else if (chunk instanceof ReferenceChunk) {
            json.field("type", "reference");
        } else if (chunk instanceof UnknownChunk) {
            json.field("type", ((UnknownChunk) chunk).type());
        } else {
            json.field("type", "unknown");
        }
        json.close('}');
    }

    /** The little JSON this needs: objects, arrays and string fields, with commas placed for us. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder(256);
        private boolean first = true;

        Json open(char bracket) {
            out.append(bracket);
            first = true;
            return this;
        }

        Json close(char bracket) {
            out.append(bracket);
            first = false;
            return this;
        }

        Json comma() {
            if (!first) {
                out.append(',');
            }
            first = false;
            return this;
        }

        Json name(String name) {
            string(name);
            out.append(':');
            first = true; // the value that follows needs no comma
            return this;
        }

        Json field(String name, String value) {
            string(name);
            out.append(':');
            if (value == null) {
                out.append("null");
            } else {
                string(value);
            }
            first = false;
            return this;
        }

        private void string(String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
