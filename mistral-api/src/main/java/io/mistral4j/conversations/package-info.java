/**
 * Conversations ({@code /v1/conversations}): a conversation with an agent or a model, started,
 * appended to, restarted from any entry and streamed as typed events; and
 * {@link io.mistral4j.conversations.Conversation}, a handle that keeps the conversation's id.
 */
package io.mistral4j.conversations;
