package dev.verbatim.clean.kafka;

import dev.verbatim.model.Rejection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts cleaned pages and rejections by {@code stage/reason}, for summaries and monitoring, and
 * tells a {@link Listener} (the launcher's metrics) about each page with the time the core took.
 *
 * <p>Thread-safe: stream threads add, any thread reads.
 */
public final class RejectionCounts {

    /** Told about every page the topology cleaned or rejected, on a stream thread. Must be thread-safe. */
    public interface Listener {
        /** Tells nothing. */
        Listener NONE = new Listener() {
            @Override
            public void cleaned(long nanos) {
            }

            @Override
            public void rejected(Rejection rejection, long nanos) {
            }
        };

        /** A page became a transcript; the cleaning core took {@code nanos}. */
        void cleaned(long nanos);

        /** A page was rejected; the cleaning core (or the record's decoding) took {@code nanos}. */
        void rejected(Rejection rejection, long nanos);
    }

    private final LongAdder cleaned = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> rejected = new ConcurrentHashMap<>();
    private final Listener listener;

    /** Counts without telling anyone. */
    public RejectionCounts() {
        this(Listener.NONE);
    }

    public RejectionCounts(Listener listener) {
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    void countCleaned(long nanos) {
        cleaned.increment();
        listener.cleaned(nanos);
    }

    void countRejected(Rejection r, long nanos) {
        rejected.computeIfAbsent(r.stage().name().toLowerCase(java.util.Locale.ROOT) + "/" + r.reason().wireName(),
                k -> new LongAdder()).increment();
        listener.rejected(r, nanos);
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
