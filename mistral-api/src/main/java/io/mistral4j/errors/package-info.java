/**
 * The exceptions every call may throw, all unchecked under
 * {@link io.mistral4j.errors.MistralException}: one per HTTP status family the API answers with,
 * connection and time-out failures, undecodable answers, and
 * {@link io.mistral4j.errors.ValidationException} for bad input, naming the field.
 */
package io.mistral4j.errors;
