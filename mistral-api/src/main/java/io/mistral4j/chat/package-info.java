/**
 * Chat completions ({@code /v1/chat/completions}): requests with messages, tools and response
 * formats, plain and streamed answers, through {@link io.mistral4j.chat.ChatService}.
 */
package io.mistral4j.chat;
