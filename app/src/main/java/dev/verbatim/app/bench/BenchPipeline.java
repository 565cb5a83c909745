package dev.verbatim.app.bench;

import dev.verbatim.model.RawPage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The running pipeline a bench measures. The launcher starts it and adapts its own pipeline to
 * this, so the bench knows no launcher types. Not thread-safe: one bench thread drives it.
 */
public interface BenchPipeline extends AutoCloseable {

    /** Pushes {@code pages} to the raw topic as fast as the producer takes them. */
    void pushPages(Iterable<RawPage> pages);

    /** Pushes {@code pages} at {@code perSecond}. */
    void pushPaced(List<RawPage> pages, double perSecond) throws InterruptedException;

    /** Waits until every pushed page is stored or rejected; false when {@code timeout} passed first. */
    boolean awaitAccounted(Duration timeout, PrintStream progress) throws InterruptedException;

    /** Produce-to-stored latencies of the pages pushed under {@code urls}, as far as they are known. */
    List<Long> latenciesNanos(List<String> urls);

    @Override
    void close();

    /** Starts a pipeline for one bench run. */
    @FunctionalInterface
    interface Starter {
        /**
         * A pipeline with fresh topics and groups named after {@code run}, its data under {@code tmp},
         * {@code threads} cleaning threads, on {@code bootstrapServers} or an embedded broker.
         */
        BenchPipeline start(Path tmp, String run, int threads, Optional<String> bootstrapServers);
    }
}
