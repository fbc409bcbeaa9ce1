package io.mistral4j.errors;

import java.time.Duration;
import java.time.Instant;

/**
 * The circuit breaker is open: recent calls failed (or were slow) too often, so this one was
 * not sent. Not retried. {@link #halfOpenAt()} says when trial calls will be let through again.
 */
public class CircuitOpenException extends MistralException {

    private static final long serialVersionUID = 1L;

    private final String breaker;
    private final Instant halfOpenAt;

    /**
     * A call refused by the breaker named {@code breaker} until {@code halfOpenAt}; {@code now} gives the
     * wait in the message, {@code reason} (or null) why it opened.
     */
    public CircuitOpenException(String breaker, Instant halfOpenAt, Instant now, String reason) {
        super("circuit breaker '" + breaker + "' is open" + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")")
                + "; calls fail fast until " + halfOpenAt + " (in " + wait(halfOpenAt, now).toMillis() + " ms)");
        this.breaker = breaker;
        this.halfOpenAt = halfOpenAt;
    }

    /** The breaker's name: {@code client} or the endpoint group it guards, e.g. {@code files}. */
    public String breaker() {
        return breaker;
    }

    /** When the breaker lets trial calls through again. */
    public Instant halfOpenAt() {
        return halfOpenAt;
    }

    private static Duration wait(Instant until, Instant now) {
        Duration wait = Duration.between(now, until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
