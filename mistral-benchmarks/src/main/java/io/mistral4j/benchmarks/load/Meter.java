package io.mistral4j.benchmarks.load;

import java.lang.management.ManagementFactory;

/**
 * Wall time, this process's CPU time ({@code OperatingSystemMXBean.getProcessCpuTime()}, every
 * thread: callers, transport threads, timers, GC and JIT), the part of it the JIT compiler
 * threads took (read from {@code /proc/self/task} on Linux, zero elsewhere) and the bytes
 * allocated by all live threads ({@code ThreadMXBean.getThreadAllocatedBytes}) over one
 * measured phase. The client's CPU is the process's minus the compiler's: compiling is a
 * one-time cost of a young JVM, not a cost per call, and on two cores it would otherwise be
 * most of a short run.
 */
final class Meter {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private final long wall;
    private final long cpu;
    private final long compiler;
    private final long allocated;

    private Meter() {
        this.allocated = allocatedBytes();
        this.compiler = compilerCpuNanos();
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
        long compilerNanos = Math.max(0, compilerCpuNanos() - compiler);
        long bytes = allocatedBytes() - allocated;
        return new Reading(operations, wallNanos, cpuNanos - compilerNanos, compilerNanos, bytes);
    }

    /** CPU time of the JIT compiler threads alive now ({@code C1/C2 CompilerThread}), from /proc. */
    static long compilerCpuNanos() {
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return 0;
        }
        long ticks = 0;
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < 0 || !stat.substring(open + 1, close).contains("CompilerThre")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (java.io.IOException | RuntimeException e) {
                // the thread ended meanwhile
            }
        }
        return ticks * NANOS_PER_TICK;
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

    /** One phase: operations, wall, CPU (the JIT's left out, and given apart) and allocation. */
    record Reading(long operations, long wallNanos, long cpuNanos, long compilerNanos, long allocatedBytes) {

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
