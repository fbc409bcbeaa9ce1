package io.mistral4j.tck.simulator.cli;

/** A command line the simulator cannot run with; the message says what to change. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
