/**
 * Tools written in Java and the loop that runs them: {@link io.mistral4j.tools.JavaTool} pairs a
 * tool's definition (its arguments' schema from a record type or a method's parameters) with the
 * code that answers it, and {@link io.mistral4j.tools.ToolRunner} sends a conversation, runs the
 * calls the model asks for and sends their results back until the model answers in text.
 */
package io.mistral4j.tools;
