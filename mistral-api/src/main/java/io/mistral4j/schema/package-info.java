/**
 * JSON schemas from Java types, for structured answers ({@code ResponseFormat.jsonSchema(Book.class)})
 * and tool arguments ({@code Tool.function(name, description, Args.class)}): records, enums,
 * strings, numbers, booleans, lists, sets, arrays, {@code Map<String, T>}, {@code Optional} and
 * sealed interfaces of records, described by {@link io.mistral4j.schema.Description}.
 */
package io.mistral4j.schema;
