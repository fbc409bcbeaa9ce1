package io.mistral4j.tck.simulator.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jobs of one kind by id, for the routes that create, find and list them. */
public final class JobRegistry<J extends JobLifecycle> {

    private final Map<String, J> jobs = new LinkedHashMap<>();

    public synchronized void add(J job) {
        jobs.put(job.id(), job);
    }

    /** The job with this id, or null. */
    public synchronized J find(String id) {
        return jobs.get(id);
    }

    /** Forgets the job with this id; the removed job, or null when there was none. */
    public synchronized J remove(String id) {
        return jobs.remove(id);
    }

    /** Every job in the order it was created. */
    public synchronized List<J> oldestFirst() {
        return new ArrayList<>(jobs.values());
    }

    /** Every job, the newest first; jobs created in the same second, the last created first. */
    public List<J> newestFirst() {
        List<J> all = oldestFirst();
        Collections.reverse(all);
        all.sort(Comparator.comparingLong(JobLifecycle::createdAt).reversed());
        return all;
    }
}
