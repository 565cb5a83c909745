/**
 * The Kafka side of ingest: the producer that pushes raw pages to {@code pages.raw} (key URL, value
 * the bytes as fetched, metadata in headers) and the compacted {@code crawl.state} topic that holds
 * the crawler's state.
 */
@NullMarked
package dev.verbatim.ingest.kafka;

import org.jspecify.annotations.NullMarked;
