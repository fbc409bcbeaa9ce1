package io.mistral4j.tools;

import io.mistral4j.chat.ToolCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.ToolInvocation;
import java.util.ArrayList;
import java.util.List;

/** Tells observers of a tool call; an observer that throws is skipped, as the client does for API calls. */
final class ToolObservers {

    private ToolObservers() {
    }

    static List<CallListener> start(List<CallObserver> observers, ToolCall call) {
        List<CallListener> listeners = new ArrayList<>();
        ToolInvocation invocation = new ToolInvocation(call.function() == null ? null : call.function().name(),
                call.id(), call.function() == null ? null : call.function().arguments());
        for (CallObserver observer : observers) {
            try {
                listeners.add(observer.onToolStart(invocation));
            } catch (RuntimeException e) {
                // An observer must not stop the loop; it hears nothing more of this call.
            }
        }
        return listeners;
    }

    static void end(List<CallListener> listeners, ToolExecution execution) {
        for (CallListener listener : listeners) {
            try {
                if (execution.outcome() == ToolExecution.Outcome.SUCCEEDED) {
                    listener.onResult(execution.result());
                    listener.onEnd();
                } else {
                    listener.onError(execution.error() != null ? execution.error()
                            : new IllegalStateException(execution.result()));
                }
            } catch (RuntimeException e) {
                // Same rule as start: a failing observer is skipped.
            }
        }
    }
}
