/**
 * Agents ({@code /v1/agents}): a model, instructions, tools and default settings kept under an id,
 * versioned on every update, and completions against them, through
 * {@link io.mistral4j.agents.AgentsService}.
 */
package io.mistral4j.agents;
