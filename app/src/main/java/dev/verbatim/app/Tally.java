package dev.verbatim.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts for the pages of one run: which URLs were pushed, which came out as stored transcripts
 * and which were rejected (with their reason). A run given {@code --once} ends when every pushed
 * page is accounted for.
 *
 * <p>Thread-safe: the ingest, sink and watcher threads report concurrently.
 */
public final class Tally {

    private final Set<String> pushed = ConcurrentHashMap.newKeySet();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final Map<String, String> rejected = new ConcurrentHashMap<>();
    private final Map<String, Long> pushedAtNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
    /**
     * Pushed pages already stored or rejected, kept as the events arrive so that {@link #pending()}
     * is a subtraction, not a scan of every pushed URL (it is polled while thousands are in flight).
     * Each side adds to its own set first and then looks at the other, so a page is counted however
     * the push and its outcome interleave.
     */
    private final Set<String> accounted = ConcurrentHashMap.newKeySet();
    /** Input files that gave no page, by path: why (unreadable, a bad sidecar, the URL of an earlier file). */
    private final Map<String, String> skippedFiles = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();

    /** Counts one input file found, whatever becomes of it. */
    public void fileFound() {
        files.incrementAndGet();
    }

    /** An input file that gave no page, and why. */
    public void skipped(String path, String reason) {
        skippedFiles.put(path, reason);
    }

    /** A page refused before it was pushed (too large for the raw topic): in, and rejected with its reason. */
    public void refused(String url, String reason) {
        rejected(url, reason);
        pushed(url);
    }

    public int filesFound() {
        return files.get();
    }

    /** Input files that gave no page, path to reason, sorted by path. */
    public Map<String, String> skippedFiles() {
        return new TreeMap<>(skippedFiles);
    }

    /** A page is being sent: latencies are measured from now (it counts as pushed once acknowledged). */
    public void sending(String url) {
        pushedAtNanos.put(url, System.nanoTime());
    }

    /** The broker acknowledged the page (or it was waiting in the raw topic already). */
    public void pushed(String url) {
        pushed.add(url);
        pushedAtNanos.putIfAbsent(url, System.nanoTime());
        if (stored.contains(url) || rejected.containsKey(url)) {
            accounted.add(url);
        }
    }

    private void account(String url) {
        if (pushed.contains(url)) {
            accounted.add(url);
        }
    }

    public void stored(String url) {
        stored.add(url);
        account(url);
        Long at = pushedAtNanos.get(url);
        if (at != null) {
            latencyNanos.putIfAbsent(url, System.nanoTime() - at);
        }
    }

    /** Time from push to stored of the given pages that are stored, in nanoseconds. */
    public List<Long> latenciesNanos(List<String> urls) {
        return urls.stream().map(latencyNanos::get).filter(java.util.Objects::nonNull).toList();
    }

    public void rejected(String url, String reason) {
        rejected.put(url, reason);
        account(url);
    }

    private final java.util.concurrent.atomic.AtomicInteger storedEvents = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger deletedEvents = new java.util.concurrent.atomic.AtomicInteger();

    /** Counts a transcript write or removal by the sink, whatever its page's origin (for replays). */
    public void sinkEvent(boolean deleted) {
        (deleted ? deletedEvents : storedEvents).incrementAndGet();
    }

    public int storedEvents() {
        return storedEvents.get();
    }

    public int deletedEvents() {
        return deletedEvents.get();
    }

    public int pushedCount() {
        return pushed.size();
    }

    public int storedCount() {
        return (int) pushed.stream().filter(stored::contains).count();
    }

    /** Rejected pages of this run, URL to {@code stage/reason: detail}, sorted by URL. */
    public Map<String, String> rejectedPages() {
        Map<String, String> out = new TreeMap<>();
        rejected.forEach((url, reason) -> {
            if (pushed.contains(url) && !stored.contains(url)) {
                out.put(url, reason);
            }
        });
        return out;
    }

    /** Pages pushed but neither stored nor rejected yet. */
    public int pending() {
        return pushed.size() - accounted.size();
    }
}
