package io.mistral4j.tck.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Which calls of which routes misbehave, and how. Routes are named like
 * {@code "POST /v1/chat/completions"}; calls are numbered per route from 1 in the order the
 * simulator receives them (after authentication), so a script is deterministic for a client
 * that calls one at a time. For each call the first matching rule wins; calls no rule matches
 * are answered normally. Thread-safe; rules may be added while calls are served.
 */
public final class FaultScript {

    private final Set<String> routes;
    private final Map<String, RouteFaults> byRoute = new ConcurrentHashMap<>();
    private final List<InjectedFault> played = new CopyOnWriteArrayList<>();

    public FaultScript(Set<String> routes) {
        this.routes = Set.copyOf(routes);
    }

    /** The rules of one route; an unknown route is refused with the list of known ones. */
    public RouteFaults on(String route) {
        Objects.requireNonNull(route, "route");
        if (!routes.contains(route)) {
            throw new IllegalArgumentException("Unknown route '" + route + "'; routes are " + new java.util.TreeSet<>(routes));
        }
        return byRoute.computeIfAbsent(route, RouteFaults::new);
    }

    boolean knows(String route) {
        return routes.contains(route);
    }

    /** Forgets every rule (not the log of faults played). */
    public void clear() {
        byRoute.clear();
    }

    /** Every fault played so far, in order. */
    public List<InjectedFault> played() {
        return List.copyOf(played);
    }

    public Fault faultFor(String route, int callNumber) {
        RouteFaults faults = byRoute.get(route);
        return faults == null ? null : faults.faultFor(callNumber);
    }

    public void record(InjectedFault fault) {
        played.add(fault);
    }

    /** The rules of one route. */
    public static final class RouteFaults {
        private final String route;
        private final List<Rule> rules = new CopyOnWriteArrayList<>();

        private RouteFaults(String route) {
            this.route = route;
        }

        /** Call {@code number} (from 1) gets {@code fault}. */
        public RouteFaults call(int number, Fault fault) {
            requireNumber(number);
            return rule(n -> n == number, n -> fault, fault);
        }

        /** Calls {@code from} to {@code to} (both included) get {@code fault}. */
        public RouteFaults calls(int from, int to, Fault fault) {
            requireNumber(from);
            if (to < from) {
                throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
            }
            return rule(n -> n >= from && n <= to, n -> fault, fault);
        }

        /** Every call gets {@code fault}. */
        public RouteFaults always(Fault fault) {
            return rule(n -> true, n -> fault, fault);
        }

        /** A fault computed from the call number, or null for a normal answer; for long scripted runs. */
        public RouteFaults plan(IntFunction<Fault> byCallNumber) {
            Objects.requireNonNull(byCallNumber, "byCallNumber");
            rules.add(new Rule(n -> true, byCallNumber));
            return this;
        }

        public String route() {
            return route;
        }

        private RouteFaults rule(IntPredicate calls, IntFunction<Fault> fault, Fault value) {
            Objects.requireNonNull(value, "fault");
            rules.add(new Rule(calls, fault));
            return this;
        }

        Fault faultFor(int callNumber) {
            List<Rule> snapshot = new ArrayList<>(rules);
            for (Rule rule : snapshot) {
                if (rule.calls.test(callNumber)) {
                    Fault fault = rule.fault.apply(callNumber);
                    if (fault != null) {
                        return fault;
                    }
                }
            }
            return null;
        }

        private static void requireNumber(int number) {
            if (number < 1) {
                throw new IllegalArgumentException("calls are numbered from 1, was " + number);
            }
        }
    }

    private record Rule(IntPredicate calls, IntFunction<Fault> fault) {
    }
}
