/**
 * Gson adapters shared by the API's tagged unions, JSON objects whose type a tag field names
 * (a message's {@code role}, a chunk's or a tool's {@code type}): reading one of several
 * records by its tag, writing a record with its tag first, and keeping an unknown tag's
 * object whole. Each domain's adapter factory in {@code io.mistral4j.impl.json} lists its own
 * tags and records and uses these.
 */
package io.mistral4j.impl.json.tagged;
