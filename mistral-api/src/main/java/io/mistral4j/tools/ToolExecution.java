package io.mistral4j.tools;

import io.mistral4j.chat.ToolCall;
import java.time.Duration;

/**
 * One tool call the {@link ToolRunner} ran: what the model asked for, the text sent back and how
 * it went.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field.
 *
 * @param call     the model's call
 * @param result   the text sent back to the model: the tool's result, or its error
 * @param outcome  whether the tool answered, failed or ran out of time
 * @param duration how long the tool ran
 * @param error    the tool's exception when it failed, else null
 */
public record ToolExecution(ToolCall call, String result, Outcome outcome, Duration duration, Throwable error) {

    /** How a tool call ended. */
    public enum Outcome {
        /** The tool returned a result. */
        SUCCEEDED,
        /** The tool threw, or no tool has the called name; the model reads the error. */
        FAILED,
        /** The tool did not answer within the runner's timeout; the model reads that it timed out. */
        TIMED_OUT
    }
}
