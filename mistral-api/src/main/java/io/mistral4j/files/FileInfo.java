package io.mistral4j.files;

/**
 * An uploaded file as the API describes it (the spec's {@code UploadFileOut},
 * {@code FileSchema} and {@code RetrieveFileOut}).
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param id         the file id (a UUID)
 * @param object     {@code file}
 * @param bytes      size in bytes, or null when the server leaves it out
 * @param createdAt  upload time, seconds since the epoch
 * @param filename   the name it was uploaded under
 * @param purpose    what it is for
 * @param sampleType the kind of samples it holds
 * @param numLines   lines of a JSONL file, or null
 * @param mimetype   its media type, or null
 * @param source     where it came from
 * @param signature  a content signature, or null
 * @param expiresAt  when it expires, seconds since the epoch, or null
 * @param visibility who can see it, or null
 * @param deleted    whether it is deleted; reported by retrieve only, else null
 */
public record FileInfo(String id, String object, Long bytes, long createdAt, String filename, FilePurpose purpose,
                       SampleType sampleType, Long numLines, String mimetype, FileSource source, String signature,
                       Long expiresAt, FileVisibility visibility, Boolean deleted) {
}
