package dev.verbatim.ingest.crawl;

import java.time.Duration;

/** Fetches one URL. Implementations are thread-safe. */
@FunctionalInterface
public interface PageFetcher {

    /**
     * @param url           a normalized http(s) URL
     * @param etag          sent as If-None-Match when not empty
     * @param lastModified  sent as If-Modified-Since when not empty
     * @param articlesOnly  true: keep only the accepted article types; false: also XML and text
     *                      (feeds, sitemaps, robots.txt)
     * @param hopDelay      waited before following a redirect to the same host, so that hops keep
     *                      the host's politeness delay too
     */
    FetchResult fetch(String url, String etag, String lastModified, boolean articlesOnly, Duration hopDelay)
            throws InterruptedException;
}
