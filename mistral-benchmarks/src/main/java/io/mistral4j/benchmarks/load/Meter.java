package io.mistral4j.benchmarks.load;

import java.lang.management.ManagementFactory;

/**
 * Wall time, this process's CPU time ({@code OperatingSystemMXBean.getProcessCpuTime()}, every
 * thread: callers, transport threads, timers, GC and JIT) and the bytes allocated by all live
 * threads ({@code ThreadMXBean.getThreadAllocatedBytes}) over one measured phase.
 */
final class Meter {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long wall;
    private final long cpu;
    private final long allocated;

    private Meter() {
        this.allocated = allocatedBytes();
        this.cpu = OS.getProcessCpuTime();
        this.wall = System.nanoTime();
    }

    static Meter start() {
        return new Meter();
    }

    /** The phase's figures for {@code operations} operations. */
    Reading stop(long operations) {
        long wallNanos = System.nanoTime() - wall;
        long cpuNanos = OS.getProcessCpuTime() - cpu;
        long bytes = allocatedBytes() - allocated;
        return new Reading(operations, wallNanos, cpuNanos, bytes);
    }

    /**
     * The bytes allocated so far by the threads alive now; a thread that ended during the phase
     * takes its share with it, so this is a lower bound (the load driver's pools keep their threads).
     */
    static long allocatedBytes() {
        long[] ids = THREADS.getAllThreadIds();
        long total = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(ids)) {
            if (bytes > 0) {
                total += bytes;
            }
        }
        return total;
    }

    /** One phase: operations, wall, CPU and allocation. */
    record Reading(long operations, long wallNanos, long cpuNanos, long allocatedBytes) {

        double perSecond() {
            return operations * 1e9 / wallNanos;
        }

        double cpuMicrosPerOperation() {
            return cpuNanos / 1e3 / operations;
        }

        double bytesPerOperation() {
            return (double) allocatedBytes / operations;
        }
    }
}
