/**
 * The continuous crawler without Kafka: sites and their scope, URL normalization, the SSRF guard,
 * the bounded HTTP fetcher, robots.txt, politeness and the frontier, discovery from pages, feeds and
 * sitemaps, change detection and the crawl state. {@link dev.verbatim.ingest.crawl.Crawler} is the
 * entry point; it pushes pages through a {@link dev.verbatim.ingest.crawl.PageSink} and keeps its
 * state in a {@link dev.verbatim.ingest.crawl.CrawlStore}, both implemented over Kafka in
 * {@code dev.verbatim.ingest.kafka}.
 */
@NullMarked
package dev.verbatim.ingest.crawl;

import org.jspecify.annotations.NullMarked;
