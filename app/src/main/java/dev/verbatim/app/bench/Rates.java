package dev.verbatim.app.bench;

import dev.verbatim.model.RawPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Measures how many pages per second a per-page action sustains: the action runs over the pages
 * again and again for at least a minimum time, on one or several threads, after a warm-up pass.
 *
 * <p>Thread-safe: no state between calls.
 */
final class Rates {

    /** Pages and bytes per second of one measurement. */
    record Rate(double pagesPerSecond, double megabytesPerSecond) {
    }

    private final long minNanos;

    Rates(double minSeconds) {
        this.minNanos = (long) (minSeconds * 1e9);
    }

    /**
     * Runs {@code action} over the pages until the JIT has settled: at least the minimum time, then
     * until two passes in a row differ by less than 5 %, or {@code maxSeconds} have passed.
     */
    void warmUp(List<RawPage> pages, Consumer<RawPage> action, double maxSeconds) {
        long start = System.nanoTime();
        long limit = (long) (maxSeconds * 1e9);
        Settling settling = new Settling();
        while (System.nanoTime() - start < limit && (System.nanoTime() - start < minNanos || !settling.settled())) {
            long passStart = System.nanoTime();
            pages.forEach(action);
            settling.pass(pages.size() / ((System.nanoTime() - passStart) / 1e9));
        }
    }

    /**
     * Single-threaded rates of several actions measured side by side: whole passes over the pages
     * alternate between the actions until each has run for at least the minimum time, so that a
     * machine that speeds up or slows down during the run moves every figure alike and their
     * ratios stay put.
     */
    Map<String, Rate> measureInterleaved(List<RawPage> pages, Map<String, Consumer<RawPage>> actions) {
        long corpusBytes = pages.stream().mapToLong(RawPage::size).sum();
        Map<String, long[]> spent = new LinkedHashMap<>(); // action -> {nanos, passes}
        actions.keySet().forEach(name -> spent.put(name, new long[2]));
        while (spent.values().stream().anyMatch(s -> s[0] < minNanos)) {
            for (Map.Entry<String, Consumer<RawPage>> a : actions.entrySet()) {
                long start = System.nanoTime();
                pages.forEach(a.getValue());
                long[] s = spent.get(a.getKey());
                s[0] += System.nanoTime() - start;
                s[1]++;
            }
        }
        Map<String, Rate> rates = new LinkedHashMap<>();
        spent.forEach((name, s) -> rates.put(name, new Rate(s[1] * pages.size() / (s[0] / 1e9),
                s[1] * corpusBytes / 1e6 / (s[0] / 1e9))));
        return rates;
    }

    /** Rate with {@code threads} threads, each looping over the pages from its own offset. */
    Rate measureParallel(List<RawPage> pages, Consumer<RawPage> action, int threads) throws Exception {
        pages.forEach(action);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicBoolean stop = new AtomicBoolean();
            long start = System.nanoTime();
            List<Future<long[]>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * pages.size() / threads;
                results.add(pool.submit(() -> loop(pages, action, offset, stop)));
            }
            while (System.nanoTime() - start < minNanos) {
                Thread.sleep(20);
            }
            stop.set(true);
            long count = 0;
            long bytes = 0;
            for (Future<long[]> f : results) {
                long[] r = f.get();
                count += r[0];
                bytes += r[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Rate(count / seconds, bytes / 1e6 / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(List<RawPage> pages, Consumer<RawPage> action, int offset, AtomicBoolean stop) {
        long count = 0;
        long bytes = 0;
        for (int i = offset; !stop.get(); i = (i + 1) % pages.size()) {
            RawPage p = pages.get(i);
            action.accept(p);
            count++;
            bytes += p.size();
        }
        return new long[] {count, bytes};
    }
}
