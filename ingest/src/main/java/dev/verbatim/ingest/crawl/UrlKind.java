package dev.verbatim.ingest.crawl;

/** The role of a URL in the crawl. */
public enum UrlKind {
    /** A home or section page, feed or sitemap: polled every recrawl interval, never pushed. */
    SEED,
    /** A page found from a seed: fetched once, re-fetched on schedule, pushed when new or changed. */
    ARTICLE
}
