/**
 * Files ({@code /v1/files}): streamed uploads and downloads, listing, retrieval, deletion and
 * signed URLs, through {@link io.mistral4j.files.FilesService}.
 */
package io.mistral4j.files;
