package dev.verbatim.ingest.crawl;

import java.util.Collection;

/**
 * Where the crawl state lives between runs: the latest {@link UrlState} per URL and
 * {@link HostState} per host. Implementations are thread-safe; writes may be asynchronous but must
 * be durable after {@link #flush()}.
 */
public interface CrawlStore extends AutoCloseable {

    /** Everything saved so far, latest value per key. */
    Snapshot load() throws InterruptedException;

    void save(UrlState state);

    void save(HostState state);

    void flush();

    @Override
    void close();

    /** The loaded state. */
    record Snapshot(Collection<UrlState> urls, Collection<HostState> hosts) {
    }
}
