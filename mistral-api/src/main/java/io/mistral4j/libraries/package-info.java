/**
 * Document libraries ({@code /v1/libraries}): libraries, their documents (streamed uploads,
 * processing status, extracted text, signed URLs) and who they are shared with, through
 * {@link io.mistral4j.libraries.LibrariesService}.
 */
package io.mistral4j.libraries;
