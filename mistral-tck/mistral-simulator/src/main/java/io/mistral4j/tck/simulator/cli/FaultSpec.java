package io.mistral4j.tck.simulator.cli;

import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.FaultScript;

import java.time.Duration;

/**
 * One {@code --fault} option: {@code ROUTE#CALLS=FAULT}, e.g.
 * {@code "POST /v1/chat/completions#1-2=status:503"}. CALLS is a call number, a range
 * {@code N-M} or {@code *} for every call; FAULT is one of {@link #FAULTS}.
 */
record FaultSpec(String route, int from, int to, Fault fault) {

    /** The fault names the option accepts, as shown by {@code --help}. */
    static final String FAULTS = "status:CODE, rate-limited:RETRY_AFTER, latency:MS, reset-before-response,"
            + " reset-during-body, cut-stream-after:EVENTS, stall-stream-after:EVENTS:MS, malformed-json,"
            + " truncated-json";

    private static final int EVERY_CALL = -1;

    static FaultSpec parse(String spec) throws UsageException {
        int hash = spec.lastIndexOf('#');
        int equals = spec.indexOf('=', Math.max(hash, 0));
        if (hash <= 0 || equals < 0) {
            throw new UsageException("--fault needs ROUTE#CALLS=FAULT, e.g. \"POST /v1/chat/completions#1=status:503\","
                    + " not \"" + spec + "\"");
        }
        String route = spec.substring(0, hash).trim();
        String calls = spec.substring(hash + 1, equals).trim();
        Fault fault = fault(spec.substring(equals + 1).trim());
        if (calls.equals("*")) {
            return new FaultSpec(route, EVERY_CALL, EVERY_CALL, fault);
        }
        String[] range = calls.split("-", 2);
        int from = positive(range[0], spec);
        int to = range.length == 2 ? positive(range[1], spec) : from;
        if (to < from) {
            throw new UsageException("--fault call range " + calls + " ends before it starts");
        }
        return new FaultSpec(route, from, to, fault);
    }

    /** Scripts this fault on the simulator's route. */
    void applyTo(FaultScript faults) {
        FaultScript.RouteFaults routeFaults = faults.on(route);
        if (from == EVERY_CALL) {
            routeFaults.always(fault);
        } else {
            routeFaults.calls(from, to, fault);
        }
    }

    private static Fault fault(String text) throws UsageException {
        String[] parts = text.split(":");
        try {
            return switch (parts[0]) {
                case "status" -> Fault.status(Integer.parseInt(argument(parts, 1, text)));
                case "rate-limited" -> Fault.rateLimited(argument(parts, 1, text));
                case "latency" -> Fault.latency(Duration.ofMillis(Long.parseLong(argument(parts, 1, text))));
                case "reset-before-response" -> Fault.resetBeforeResponse();
                case "reset-during-body" -> Fault.resetDuringBody();
                case "cut-stream-after" -> Fault.cutStreamAfter(Integer.parseInt(argument(parts, 1, text)));
                case "stall-stream-after" -> Fault.stallStreamAfter(Integer.parseInt(argument(parts, 1, text)),
                        Duration.ofMillis(Long.parseLong(argument(parts, 2, text))));
                case "malformed-json" -> Fault.malformedJson();
                case "truncated-json" -> Fault.truncatedJson();
                default -> throw new UsageException("unknown fault \"" + text + "\"; use one of " + FAULTS);
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid fault \"" + text + "\": " + e.getMessage());
        }
    }

    private static String argument(String[] parts, int index, String text) throws UsageException {
        if (parts.length <= index || parts[index].isBlank()) {
            throw new UsageException("fault \"" + text + "\" is missing a value; use one of " + FAULTS);
        }
        return parts[index];
    }

    private static int positive(String number, String spec) throws UsageException {
        try {
            int value = Integer.parseInt(number.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--fault calls are numbered from 1, not \"" + number + "\" in \"" + spec + "\"");
    }
}
