package io.mistral4j.tck.simulator.cli;

import io.mistral4j.tck.simulator.MistralSimulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar mistral-simulator-<version>-standalone.jar [OPTION]...}: runs a simulator until
 * the process is stopped and prints its base URL on standard output once it listens. Exit
 * status 0 after {@code --help}, 2 for a bad command line (with the usage on standard error),
 * 1 when it cannot start (e.g. the port is taken). See {@link Option} for the options.
 */
public final class SimulatorMain {

    static final int OK = 0;
    static final int CANNOT_START = 1;
    static final int USAGE = 2;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch.simulator() == null) {
            System.exit(launch.exitCode());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launch.simulator().close();
            stopped.countDown();
        }, "mistral-simulator-shutdown"));
        stopped.await();
    }

    /** A running simulator, or the exit status of a command line that runs none. */
    record Launch(MistralSimulator simulator, int exitCode) {
    }

    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        }
        if (options.help()) {
            out.print(Option.usage());
            return new Launch(null, OK);
        }
        MistralSimulator simulator;
        try {
            simulator = options.builder().start();
        } catch (UncheckedIOException e) {
            err.println("mistral-simulator: " + e.getMessage() + ": " + e.getCause().getMessage());
            return new Launch(null, CANNOT_START);
        }
        try {
            options.faults().forEach(fault -> fault.applyTo(simulator.faults()));
        } catch (IllegalArgumentException e) {
            simulator.close();
            return usageError("--fault: " + e.getMessage(), err);
        }
        out.println(simulator.baseUrl());
        out.flush();
        return new Launch(simulator, OK);
    }

    private static Launch usageError(String message, PrintStream err) {
        err.println("mistral-simulator: " + message);
        err.print(Option.usage());
        return new Launch(null, USAGE);
    }
}
