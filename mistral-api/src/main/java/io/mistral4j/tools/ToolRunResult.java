package io.mistral4j.tools;

import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.Message;
import java.util.List;

/**
 * The end of a {@link ToolRunner} loop.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param response          the model's last answer: text, or calls when the round limit was reached
 * @param messages          the whole conversation: the request's messages, the model's calls and the tools' results
 * @param executions        every tool call run, in order
 * @param rounds            how many requests were sent
 * @param roundLimitReached whether the loop stopped because the model still asked for tools after the last round
 */
public record ToolRunResult(ChatCompletionResponse response, List<Message> messages, List<ToolExecution> executions,
        int rounds, boolean roundLimitReached) {

    /** Copies the lists. */
    public ToolRunResult {
        messages = List.copyOf(messages);
        executions = List.copyOf(executions);
    }

    /** The last answer's text. */
    public String text() {
        return response.text();
    }
}
