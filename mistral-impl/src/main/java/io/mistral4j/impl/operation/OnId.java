package io.mistral4j.impl.operation;

/**
 * The input of an operation on one resource that takes one more argument: the resource's id,
 * which the operation's encoder puts in the path, and the argument (a request, a version, a flag).
 */
public record OnId<A>(String id, A arg) {
}
