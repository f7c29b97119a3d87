package org.skilleval.core.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skilleval.core.persistence.ThrottleStore;

/** The throttle store's contract in memory, for tests without a database (JpaThrottleStoreTest tests the real one). */
final class MemoryThrottleStore implements ThrottleStore {

    private final Map<String, List<Instant>> hits = new ConcurrentHashMap<>();

    @Override
    public synchronized List<Instant> hitsSince(String key, Instant since) {
        return hits.getOrDefault(key, List.of()).stream()
                .filter(hit -> hit.isAfter(since))
                .toList();
    }

    @Override
    public synchronized Counted count(String key, Instant since, Instant now, int onlyBelow) {
        List<Instant> recent = new ArrayList<>(hitsSince(key, since));
        boolean counted = recent.size() < onlyBelow;
        if (counted) {
            recent.add(now);
        }
        hits.put(key, recent);
        return new Counted(counted, List.copyOf(recent));
    }

    @Override
    public void forget(String key) {
        hits.remove(key);
    }

    @Override
    public synchronized void forgetBefore(String prefix, Instant before) {
        hits.replaceAll((key, times) -> key.startsWith(prefix)
                ? times.stream().filter(hit -> hit.isAfter(before)).toList()
                : times);
    }
}
