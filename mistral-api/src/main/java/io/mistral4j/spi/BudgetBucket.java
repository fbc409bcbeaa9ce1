package io.mistral4j.spi;

/**
 * One budget's bucket, as kept by a {@link BudgetStore}: units that refill greedily up to a
 * capacity. The client calls it with amounts already brought within range (positive, at most
 * one capacity at a time). Implementations are thread-safe. Only {@link #reserve} may fail a
 * call (e.g. a shared store that cannot be reached and is configured to fail fast, with a
 * {@link io.mistral4j.errors.MistralException}); the corrections that follow an answer must never
 * throw, since the answer has arrived whatever the budget says.
 */
public interface BudgetBucket {

    /**
     * Reserves {@code units} if they are available now or will be within {@code maxWaitNanos}:
     * returns the nanoseconds the caller must wait before using them (0 when available now), or
     * {@code -1} when they cannot be had in time, in which case nothing is reserved.
     */
    long reserve(long units, long maxWaitNanos);

    /** Nanoseconds until {@code units} could be reserved, for the caller's error message. */
    long nanosUntilAvailable(long units);

    /** Gives back {@code units} (a reservation not used, or an estimate that was too high), up to capacity. */
    void refund(long units);

    /** Spends {@code units} whatever is available, into debt if need be (an estimate that was too low). */
    void spend(long units);

    /** Changes the capacity (and refill) to {@code capacity} units per period, keeping what is available. */
    void resize(long capacity);

    /** Never holds more than {@code remaining} units: takes away any excess (the server says fewer remain). */
    void trimTo(long remaining);

    /** Units available now; negative while in debt. */
    long available();
}
