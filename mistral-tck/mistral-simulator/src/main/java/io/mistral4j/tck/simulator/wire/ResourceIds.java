package io.mistral4j.tck.simulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * UUIDs for files, fine-tuning jobs and batch jobs, from per-instance counters per kind, so
 * that two simulators fed the same calls hand out the same ids.
 */
public final class ResourceIds {

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    public String next(String kind) {
        long n = counters.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        return UUID.nameUUIDFromBytes((kind + ":" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
