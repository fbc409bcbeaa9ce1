/**
 * Fill-in-the-middle code completion ({@code /v1/fim/completions}), plain and streamed, through
 * {@link io.mistral4j.fim.FimService}.
 */
package io.mistral4j.fim;
