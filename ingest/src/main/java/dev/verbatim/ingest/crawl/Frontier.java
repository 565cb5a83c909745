package dev.verbatim.ingest.crawl;

import dev.verbatim.ingest.UrlNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The URLs waiting to be fetched, one queue per host ordered by due time. A host is leased to one
 * fetch at a time and becomes ready again at the time given on release (delay, Crawl-delay or
 * back-off), so one host never sees two requests at once nor two closer than its delay. Hosts are
 * served round-robin. Time is passed in, never read, so tests drive it by hand.
 *
 * <p>Thread-safe (synchronized).
 */
final class Frontier {

    /** A URL handed out for fetching; its host stays busy until {@link #release}. */
    record Lease(String host, UrlState state) {
    }

    private record Entry(UrlState state, long seq) {
    }

    private static final class HostQueue {
        final PriorityQueue<Entry> entries = new PriorityQueue<>(
                Comparator.comparing((Entry e) -> e.state().nextDue()).thenComparingLong(Entry::seq));
        Instant readyAt = Instant.EPOCH;
        boolean busy;
    }

    private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
    private final Set<String> queued = new HashSet<>();
    private long seq;
    private int inFlight;
    private long changes;

    /** Queues a URL unless it is queued already; returns whether it was added. */
    synchronized boolean offer(UrlState state) {
        if (!queued.add(state.url())) {
            return false;
        }
        hosts.computeIfAbsent(UrlNormalizer.hostOf(state.url()), h -> new HostQueue()).entries
                .add(new Entry(state, seq++));
        changes++;
        notifyAll();
        return true;
    }

    /** The next URL due at {@code now} on a free, ready host, round-robin over hosts. */
    synchronized Optional<Lease> next(Instant now) {
        Iterator<Map.Entry<String, HostQueue>> it = hosts.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, HostQueue> e = it.next();
            HostQueue q = e.getValue();
            Entry head = q.entries.peek();
            if (q.busy || head == null || q.readyAt.isAfter(now) || head.state().nextDue().isAfter(now)) {
                continue;
            }
            q.entries.poll();
            queued.remove(head.state().url());
            q.busy = true;
            inFlight++;
            it.remove();
            hosts.put(e.getKey(), q); // to the back: round-robin
            return Optional.of(new Lease(e.getKey(), head.state()));
        }
        return Optional.empty();
    }

    /** Frees a leased host; it may serve again from {@code readyAt}. */
    synchronized void release(String host, Instant readyAt) {
        HostQueue q = hosts.computeIfAbsent(host, h -> new HostQueue());
        q.busy = false;
        q.readyAt = readyAt;
        inFlight--;
        changes++;
        notifyAll();
    }

    /** Holds a host back until {@code until} (a back-off loaded from the state). */
    synchronized void holdHost(String host, Instant until) {
        HostQueue q = hosts.computeIfAbsent(host, h -> new HostQueue());
        if (until.isAfter(q.readyAt)) {
            q.readyAt = until;
        }
    }

    /** The earliest time a free host could serve its next URL, empty when nothing is queued. */
    synchronized Optional<Instant> nextReady() {
        Instant best = null;
        for (HostQueue q : hosts.values()) {
            Entry head = q.entries.peek();
            if (q.busy || head == null) {
                continue;
            }
            Instant t = head.state().nextDue().isAfter(q.readyAt) ? head.state().nextDue() : q.readyAt;
            best = best == null || t.isBefore(best) ? t : best;
        }
        return Optional.ofNullable(best);
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int size() {
        return queued.size();
    }

    /** Queued URLs per host, largest first, at most {@code limit} hosts. */
    synchronized Map<String, Integer> queueSizes(int limit) {
        var sorted = new ArrayList<>(hosts.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, HostQueue> e) -> -e.getValue().entries.size()));
        Map<String, Integer> out = new TreeMap<>();
        for (var e : sorted.subList(0, Math.min(limit, sorted.size()))) {
            out.put(e.getKey(), e.getValue().entries.size());
        }
        return out;
    }

    /** A counter that moves on every offer and release; pass it to {@link #awaitChange}. */
    synchronized long changes() {
        return changes;
    }

    /** Waits up to {@code millis} for an offer or a release after the one {@code seen}. */
    synchronized void awaitChange(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long left = millis;
        while (changes == seen && left > 0) {
            wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000L;
        }
    }
}
