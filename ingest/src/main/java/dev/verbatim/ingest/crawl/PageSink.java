package dev.verbatim.ingest.crawl;

import dev.verbatim.model.RawPage;

/** Where new and changed pages go (the raw topic). Thread-safe. */
@FunctionalInterface
public interface PageSink {

    /** Pushes one page; returns once it is durable. */
    void push(RawPage page) throws InterruptedException;
}
