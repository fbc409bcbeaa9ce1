package io.mistral4j.tck.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds threads a transport left behind: live threads that were not there before the suite,
 * waiting a grace period for them to end. Some clients (the JDK's {@code HttpClient} before
 * Java 21) release their selector thread only once the client is unreachable, so the wait
 * asks for a garbage collection while it polls.
 */
final class LeakCheck {

    private final Set<Thread> baseline;

    private LeakCheck(Set<Thread> baseline) {
        this.baseline = baseline;
    }

    static LeakCheck start() {
        return new LeakCheck(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /** Threads started since {@link #start()} that are still alive after {@code grace}, less the ignored ones. */
    List<Thread> leakedThreads(Duration grace, Predicate<Thread> ignored) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        List<Thread> leaked = newThreads(ignored);
        int round = 0;
        while (!leaked.isEmpty() && System.nanoTime() < deadline) {
            if (round++ % 10 == 0) {
                System.gc();
            }
            Thread.sleep(50);
            leaked = newThreads(ignored);
        }
        return leaked;
    }

    private List<Thread> newThreads(Predicate<Thread> ignored) {
        List<Thread> found = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && !baseline.contains(thread) && !isJvmOrKit(thread) && !ignored.test(thread)) {
                found.add(thread);
            }
        }
        return found;
    }

    static String describe(List<Thread> threads) {
        return threads.stream().map(t -> "'" + t.getName() + "'" + (t.isDaemon() ? " (daemon)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static boolean isJvmOrKit(Thread thread) {
        String name = thread.getName();
        ThreadGroup group = thread.getThreadGroup();
        return name.startsWith("mistral4j-tck-")
                || name.startsWith("ForkJoinPool.commonPool-worker")   // shared by the JVM, ends on its own
                || group != null && "system".equals(group.getName());
    }
}
