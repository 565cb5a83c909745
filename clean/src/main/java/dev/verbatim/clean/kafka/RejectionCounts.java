package dev.verbatim.clean.kafka;

import dev.verbatim.model.Rejection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts cleaned pages and rejections by {@code stage/reason}, for summaries and monitoring.
 *
 * <p>Thread-safe: stream threads add, any thread reads.
 */
public final class RejectionCounts {

    private final LongAdder cleaned = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> rejected = new ConcurrentHashMap<>();

    void countCleaned() {
        cleaned.increment();
    }

    void countRejected(Rejection r) {
        rejected.computeIfAbsent(r.stage().name().toLowerCase(java.util.Locale.ROOT) + "/" + r.reason().wireName(),
                k -> new LongAdder()).increment();
    }

    public long cleaned() {
        return cleaned.sum();
    }

    /** Rejections so far by {@code stage/reason}, sorted by key. */
    public Map<String, Long> rejected() {
        Map<String, Long> out = new TreeMap<>();
        rejected.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
