package dev.verbatim.ingest.crawl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A crawl store in memory: for tests, and for a crawl that need not survive a restart. Thread-safe. */
public final class MemoryCrawlStore implements CrawlStore {

    private final Map<String, UrlState> urls = new ConcurrentHashMap<>();
    private final Map<String, HostState> hosts = new ConcurrentHashMap<>();

    @Override
    public Snapshot load() {
        return new Snapshot(List.copyOf(urls.values()), List.copyOf(hosts.values()));
    }

    @Override
    public void save(UrlState state) {
        urls.put(state.url(), state);
    }

    @Override
    public void save(HostState state) {
        hosts.put(state.host(), state);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
