package dev.verbatim.ingest.crawl;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters a crawler operator watches: pages fetched, pushed, unchanged, skipped by robots.txt,
 * discovered, and failures by kind. Thread-safe.
 */
public final class CrawlMetrics {

    private final LongAdder fetched = new LongAdder();
    private final LongAdder pushed = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder robotsDenied = new LongAdder();
    private final LongAdder discovered = new LongAdder();
    private final Map<FetchError, LongAdder> errors = new EnumMap<>(FetchError.class);

    public CrawlMetrics() {
        for (FetchError e : FetchError.values()) {
            errors.put(e, new LongAdder());
        }
    }

    void fetched() {
        fetched.increment();
    }

    void pushed() {
        pushed.increment();
    }

    void unchanged() {
        unchanged.increment();
    }

    void robotsDenied() {
        robotsDenied.increment();
    }

    void discovered() {
        discovered.increment();
    }

    void error(FetchError e) {
        errors.get(e).increment();
    }

    public long fetchedCount() {
        return fetched.sum();
    }

    public long pushedCount() {
        return pushed.sum();
    }

    public long unchangedCount() {
        return unchanged.sum();
    }

    public long robotsDeniedCount() {
        return robotsDenied.sum();
    }

    public long errorCount(FetchError e) {
        return errors.get(e).sum();
    }

    /** One line: totals and the non-zero error counts. */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "fetched %d, pushed %d, unchanged %d, robots-denied %d, discovered %d, errors {",
                fetched.sum(), pushed.sum(), unchanged.sum(), robotsDenied.sum(), discovered.sum()));
        String sep = "";
        for (Map.Entry<FetchError, LongAdder> e : errors.entrySet()) {
            if (e.getValue().sum() > 0) {
                sb.append(sep).append(e.getKey().name().toLowerCase(Locale.ROOT)).append('=').append(e.getValue().sum());
                sep = ", ";
            }
        }
        return sb.append('}').toString();
    }
}
